package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's picture, docs/landscape.svg, is what {@code llmscape landscape} draws from the
 * bundled catalog. Regenerate it with {@code docs/landscape.sh} (which also renders the PNG), or
 * with {@code ./mvnw test -Dupdate} as for golden files.
 */
class LandscapePictureTest {
  private static final Path PICTURE = Path.of("docs", "landscape.svg");

  @Test
  void theCommittedPictureIsCurrent() {
    Cli.Result r = Cli.piped().run("landscape");
    assertEquals(0, r.exit(), r.err());
    Golden.assertFile(PICTURE, r.out());
  }
}
