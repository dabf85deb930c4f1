package dev.llmscape.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void cjkCharactersTakeTwoColumns() {
    assertEquals(4, DisplayWidth.of("龙猫"));
    assertEquals(12, DisplayWidth.of("Chinchilla龙"));
    assertEquals(5, DisplayWidth.of("abcde"));
  }

  @Test
  void truncationNeverSplitsAWideCharacter() {
    assertEquals("龙…", DisplayWidth.truncate("龙猫龙猫", 4, "…"));
    assertEquals(3, DisplayWidth.of(DisplayWidth.truncate("龙猫龙猫", 4, "…")));
    assertEquals("ab…", DisplayWidth.truncate("abcdef", 3, "…"));
    assertEquals("abc", DisplayWidth.truncate("abc", 3, "…"));
  }

  @Property
  void truncatedTextFitsItsWidth(
      @ForAll String text, @ForAll @IntRange(min = 1, max = 40) int width) {
    String clean = Sanitizer.clean(text);
    assertTrue(DisplayWidth.of(DisplayWidth.truncate(clean, width, "…")) <= width);
  }

  @Test
  void escapeSequencesBecomeVisibleSymbols() {
    String evil = "GPT\u001b]8;;http://x\u0007-4\u001b[31m\u009b2J\u202e";
    String clean = Sanitizer.clean(evil);
    assertFalse(clean.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)));
    assertEquals("GPT␛]8;;http://x␇-4␛[31m\ufffd2J\ufffd", clean);
    assertEquals("plain 龙猫", Sanitizer.clean("plain 龙猫"));
  }

  @Property
  void sanitisedTextHasNoControlCharacters(@ForAll String text) {
    assertFalse(Sanitizer.clean(text).chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)));
  }
}
