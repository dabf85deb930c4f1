package dev.llmscape.model;

/**
 * Characters that print as nothing (or as a blank) without being spaces: zero-width spaces and
 * joiners, the word joiner and invisible operators, the byte-order mark, the soft hyphen, tag
 * characters, Hangul fillers and the like. In a name they make a second "Llama 2" that looks like
 * the first: names are compared without them, {@code validate} flags them, and output shows them.
 */
public final class Invisibles {
  private Invisibles() {}

  public static boolean is(int cp) {
    return cp == 0x00ad // soft hyphen
        || cp == 0x034f // combining grapheme joiner
        || cp == 0x115f // Hangul choseong filler
        || cp == 0x1160 // Hangul jungseong filler
        || cp == 0x17b4
        || cp == 0x17b5 // Khmer inherent vowels
        || cp == 0x180e // Mongolian vowel separator
        || (cp >= 0x200b && cp <= 0x200f) // zero-width space, (non-)joiner, LRM, RLM
        || (cp >= 0x2060 && cp <= 0x2064) // word joiner, invisible operators
        || (cp >= 0x206a && cp <= 0x206f) // deprecated format characters
        || cp == 0x3164 // Hangul filler
        || cp == 0xfeff // zero-width no-break space (BOM)
        || cp == 0xffa0 // half-width Hangul filler
        || (cp >= 0xfff9 && cp <= 0xfffb) // interlinear annotation
        || (cp >= 0x1bca0 && cp <= 0x1bca3) // shorthand format controls
        || (cp >= 0x1d173 && cp <= 0x1d17a) // musical formatting
        || (cp >= 0xe0000 && cp <= 0xe007f); // tag characters
  }

  /** The first invisible character in a text, or -1. */
  public static int first(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (is(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }
}
