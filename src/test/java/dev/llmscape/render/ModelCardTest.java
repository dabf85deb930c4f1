package dev.llmscape.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelCardTest {
  @Test
  void aSizeIsMentionedOnlyAsAWholeFigure() {
    assertTrue(ModelCard.mentions("7B/13B/70B", "7B"));
    assertTrue(ModelCard.mentions("7B/13B/70B", "70B"));
    assertTrue(ModelCard.mentions("MoE 30B-A3B, 235B-A22B", "30B-A3B"));
    assertFalse(ModelCard.mentions("70B", "7B"));
    assertFalse(ModelCard.mentions("1.7B", "7B"));
    assertFalse(ModelCard.mentions("213B", "13B"));
    assertFalse(ModelCard.mentions("270M-27B", "1B"));
  }
}
