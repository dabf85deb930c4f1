package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model with one unreadable field still has its other problems reported. */
class ValidateEveryProblemTest {
  @TempDir Path dir;

  @Test
  void badCategoryDoesNotHideTheModelsOtherProblems() throws IOException {
    String vicuna =
        "{\"id\": \"vicuna\", \"name\": \"Vicuna\", \"aliases\": [], \"org\": \"lmsys\","
            + " \"category\": \"chat\", \"released\": \"2023-03-30\",";
    String broken =
        "{\"id\": \"vicuna\", \"name\": \"Vicuna\", \"aliases\": [], \"org\": \"lmsys\","
            + " \"category\": \"chatbot\", \"released\": \"2029-03-30\",";
    String fixture = Files.readString(Cli.fixturePath());
    assertTrue(fixture.contains(vicuna));
    String text =
        fixture
            .replace(vicuna, broken)
            .replace("{\"id\": \"llama\", \"relation\": \"fine-tuned\"}", "\"llama-9\"")
            .replace(
                "\"links\": {\"blog\": \"https://lmsys.org/blog/2023-03-30-vicuna/\"}",
                "\"links\": {}");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, text);
    Cli.Result r = Cli.piped().run("validate", file.toString());
    assertEquals(1, r.exit(), r.out());
    String out = r.out();
    assertTrue(out.contains("unknown category \"chatbot\""), out);
    assertTrue(out.contains("unknown base \"llama-9\""), out);
    assertTrue(out.contains("model vicuna") && out.contains("2029-03-30"), out);
    assertTrue(out.contains("[source]"), out);
    assertTrue(out.endsWith(": 4 errors\n"), out);
  }
}
