package dev.llmscape.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A card's word wrap takes time in proportion to the text (a 1,000,000-character name took 53 s).
 */
class ModelCardWrapTest {
  @Test
  void aHugeWordIsCutInLinearTime() {
    String word = "x".repeat(1_000_000);
    List<String> lines =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ModelCard.wrap(word, 80));
    assertEquals(12_500, lines.size());
    assertEquals(word, String.join("", lines));
    String wide = "龙".repeat(300_001) + " end";
    List<String> wideLines =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ModelCard.wrap(wide, 79));
    for (String line : wideLines) {
      assertTrue(DisplayWidth.of(line) <= 79, line);
    }
    assertEquals(wide.replace(" ", ""), String.join("", wideLines).replace(" ", ""));
  }

  @Test
  void aWideCharacterWiderThanTheWidthStillMovesOn() {
    assertEquals(List.of("龙", "猫"), ModelCard.wrap("龙猫", 1));
  }
}
