package dev.llmscape.catalog;

import dev.llmscape.model.Invisibles;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that name look-ups compare: case-, width-, space-, hyphen- and dot-insensitive, and blind
 * to invisible characters ({@link Invisibles}).
 */
public final class Names {
  private Names() {}

  /** "LLaMA-2", "llama 2" and "Llama2" all give "llama2"; full-width forms fold to ASCII. */
  public static String key(String name) {
    if (isAsciiOrHan(name)) {
      // ASCII and the common Han ideographs need neither NFKC nor full case folding (the
      // ideographs have no case and no decomposition): skipping them avoids loading the
      // normaliser's data, which every run would otherwise pay for, since the org index holds
      // Chinese names.
      return strip(name.toLowerCase(Locale.ROOT));
    }
    return normalizedKey(name);
  }

  /**
   * Whether a name's key is computed without the JDK's Unicode data (ASCII, Han): the same on every
   * JDK. Other keys follow the running JDK's Unicode version.
   */
  static boolean portable(String name) {
    return isAsciiOrHan(name);
  }

  /** The key by NFKC and full case folding: what {@link #key} computes for any other text. */
  static String normalizedKey(String name) {
    String key = once(name);
    // Rare text (a combining mark left next to a new neighbour once a space is gone, a case
    // mapping that decomposes) needs another round; ASCII and CJK names never do.
    for (int round = 0; round < 4; round++) {
      String again = once(key);
      if (again.equals(key)) {
        break;
      }
      key = again;
    }
    return key;
  }

  private static String once(String name) {
    // Lower, upper, lower: lower case alone leaves apart names that differ only in case (Greek
    // final sigma, ẞ and SS), so a name typed in capitals would not find them. NFKC on both
    // sides, as case mapping can decompose (ῒ).
    String folded =
        Normalizer.normalize(
            Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT),
            Normalizer.Form.NFKC);
    return strip(folded);
  }

  private static String strip(String folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)
          || isDash(c)
          || c == '_'
          || c == '.'
          || c == '·'
          || Invisibles.is(c)) {
        continue;
      }
      sb.appendCodePoint(c);
    }
    return sb.toString();
  }

  /** A hyphen or any Unicode dash: gpt‐4 (U+2010), gpt–4 and gpt－4 are gpt-4. */
  private static boolean isDash(int c) {
    return c == '-'
        || (c >= '\u2010' && c <= '\u2015')
        || c == '\u2212'
        || c == '\ufe58'
        || c == '\ufe63'
        || c == '\uff0d';
  }

  /**
   * Only ASCII, CJK Unified Ideographs (the base block and extension A) and the en and em dashes
   * (as in "UW–Madison"): characters without case, decomposition or combining class.
   */
  private static boolean isAsciiOrHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80
          && !(c >= 0x4e00 && c <= 0x9fff)
          && !(c >= 0x3400 && c <= 0x4dbf)
          && !(c >= '\u2010' && c <= '\u2015')
          && c != '\u2212') {
        return false;
      }
    }
    return true;
  }
}
