package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a file under src/test/resources/golden. A missing golden file fails
 * the test; run with {@code -Dgolden.update=true} to write the files, then review the diff.
 */
public final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + " (run mvn test -Dgolden.update=true and review it)");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + name);
    } catch (IOException e) {
      throw new AssertionError("cannot use golden file " + file, e);
    }
  }
}
