package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's picture, docs/landscape.svg, is what {@code llmscape landscape} draws from the
 * bundled catalog. Regenerate it with {@code docs/landscape.sh} (which also renders the PNG), or
 * with {@code mvn test -Dgolden.update=true} as for golden files.
 */
class LandscapePictureTest {
  private static final Path PICTURE = Path.of("docs", "landscape.svg");

  @Test
  void theCommittedPictureIsCurrent() throws IOException {
    Cli.Result r = Cli.piped().run("landscape");
    assertEquals(0, r.exit(), r.err());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(PICTURE, r.out(), StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(PICTURE), PICTURE + " is missing: run docs/landscape.sh");
    assertEquals(
        Files.readString(PICTURE, StandardCharsets.UTF_8),
        r.out(),
        PICTURE + " is stale: run docs/landscape.sh and commit the result");
  }
}
