package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.render.DisplayWidth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogInfoCommandTest {
  /** Counts and changelog fit the terminal; nothing of them is lost in the wrapping. */
  @ParameterizedTest
  @ValueSource(ints = {40, 60, 80, 200})
  void fitsTheTerminalWidth(int width) {
    Cli.Result r = Cli.terminal(width).env("NO_COLOR", "1").run("catalog");
    assertEquals(0, r.exit(), r.err());
    for (String line : r.out().split("\n")) {
      if (!line.startsWith("source")) { // a list of file paths is not cut
        assertTrue(DisplayWidth.of(line) <= width, width + ": [" + line + "]");
      }
    }
    String piped = Cli.piped().run("catalog").out();
    // A word longer than the line (a URL) is cut across lines, so compare without white space.
    String letters = r.out().replaceAll("\\s+", "");
    for (String change : piped.lines().filter(l -> l.startsWith("    - ")).toList()) {
      assertTrue(letters.contains(change.substring(6).replaceAll("\\s+", "")), change);
    }
  }
}
