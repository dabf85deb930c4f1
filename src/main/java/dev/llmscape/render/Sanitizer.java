package dev.llmscape.render;

import dev.llmscape.model.Invisibles;

/**
 * Makes untrusted text (anything from a catalog) safe to print: control characters, which could
 * form ANSI/OSC escape sequences or break tab-separated output, become visible symbols.
 */
public final class Sanitizer {
  private Sanitizer() {}

  /**
   * C0 controls (tab and newline included) and DEL become Unicode control pictures (ESC shows as
   * ␛); C1 controls, bidirectional controls (which can reorder or hide text), line and paragraph
   * separators, unpaired surrogates (which print as '?' and upset width counts) and invisible
   * characters ({@link Invisibles}: zero-width, tag characters, Hangul fillers) become U+FFFD.
   */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement = replacement(c);
      int width = 1;
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        replacement = paired ? 0 : '\ufffd';
        if (paired && Character.isHighSurrogate(c)) {
          width = 2;
          replacement = Invisibles.is(text.codePointAt(i)) ? '\ufffd' : 0; // tag characters
        }
      }
      if (replacement != 0 && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (replacement != 0) {
          sb.append(replacement);
        } else {
          sb.append(text, i, i + width);
        }
      }
      i += width - 1;
    }
    return sb == null ? text : sb.toString();
  }

  private static char replacement(char c) {
    if (c < 0x20) {
      return (char) (0x2400 + c);
    }
    if (c == 0x7f) {
      return '\u2421';
    }
    if (Invisibles.is(c)) {
      return '\ufffd';
    }
    if ((c >= 0x80 && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c
        || c == 0x2028
        || c == 0x2029) {
      return '\ufffd';
    }
    return 0;
  }
}
