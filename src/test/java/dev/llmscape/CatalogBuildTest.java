package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step over a broken catalog.json: validate's whole report, status 3, no stack trace. */
class CatalogBuildTest {
  @TempDir Path dir;

  @Test
  void brokenCatalogGivesTheFullReportAndNothingElse() throws Exception {
    String text =
        Files.readString(Cli.fixturePath())
            .replace(
                "\"category\": \"chat\", \"released\": \"2023-03-30\"",
                "\"category\": \"chatbot\", \"released\": \"2023-03-30\"")
            .replace("{\"id\": \"llama\", \"relation\": \"fine-tuned\"}", "\"llama-9\"");
    Path catalog = dir.resolve("catalog.json");
    Files.writeString(catalog, text);
    Path bin = dir.resolve("out/catalog.bin");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.llmscape.CatalogBuild",
                catalog.toString(),
                bin.toString()));
    pb.redirectErrorStream(false);
    pb.redirectError(err.toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, p.waitFor());
    String report = Files.readString(err);
    assertEquals("", out);
    assertTrue(report.contains(catalog + ":"), report);
    assertTrue(report.contains("unknown category \"chatbot\""), report);
    assertTrue(report.contains("unknown base \"llama-9\""), report);
    assertTrue(report.contains("2 errors"), report);
    assertFalse(report.contains("Exception"), report);
    assertFalse(Files.exists(bin));
  }

  @Test
  void goodCatalogIsCompiled() throws Exception {
    Path bin = dir.resolve("catalog.bin");
    CatalogBuild.main(new String[] {Cli.fixturePath().toString(), bin.toString()});
    assertTrue(Files.size(bin) > 0);
  }
}
