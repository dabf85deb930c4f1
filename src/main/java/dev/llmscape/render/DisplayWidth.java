package dev.llmscape.render;

import org.jline.utils.WCWidth;

/** Widths in terminal columns: a CJK character takes two, a combining mark none. */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** One code point's width in columns: 0, 1 or 2. */
  public static int of(int codePoint) {
    return Math.max(0, WCWidth.wcwidth(codePoint));
  }

  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += Math.max(0, WCWidth.wcwidth(cp));
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * The text cut to at most {@code columns} columns, ending in {@code ellipsis} when cut. Never
   * splits a wide character: the cut may leave one column unused.
   */
  public static String truncate(String text, int columns, String ellipsis) {
    if (of(text) <= columns) {
      return text;
    }
    int room = columns - of(ellipsis);
    if (room <= 0) {
      return ellipsis.substring(0, Math.max(0, Math.min(ellipsis.length(), columns)));
    }
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (used + w > room) {
        break;
      }
      sb.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return sb.append(ellipsis).toString();
  }

  /** The text padded with spaces to {@code columns} columns (left-aligned). */
  public static String padRight(String text, int columns) {
    int pad = columns - of(text);
    return pad <= 0 ? text : text + " ".repeat(pad);
  }

  public static String padLeft(String text, int columns) {
    int pad = columns - of(text);
    return pad <= 0 ? text : " ".repeat(pad) + text;
  }
}
