package dev.llmscape.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jline.utils.WCWidth;

/**
 * Text in SVG and HTML: escaping, and how wide a label will be drawn.
 *
 * <p>Widths are estimated, not measured (no fonts on the server side): each character's advance in
 * ems, taken at the wide end of the common sans-serif fonts (DejaVu Sans, which is wider than
 * Helvetica, Arial and Liberation Sans), so a label drawn in any of them fits the box computed for
 * it. A CJK character (two terminal columns) counts one full em: two units of the half em that an
 * average Latin letter takes. The browser test draws the labels with the fonts it has and checks
 * the real boxes as well.
 */
public final class SvgText {
  /** The font stack: Latin sans-serif fonts first, then CJK fonts for Chinese names. */
  public static final String FONT_FAMILY =
      "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', 'Noto Sans',"
          + " 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC',"
          + " 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

  /** Advances of printable ASCII (0x20 to 0x7e) in thousandths of an em. */
  private static final short[] ASCII = {
    // space ! " # $ % & ' ( ) * + , - . /
    320,
    400,
    460,
    840,
    640,
    950,
    780,
    280,
    390,
    390,
    500,
    840,
    320,
    370,
    320,
    340,
    // 0-9
    640,
    640,
    640,
    640,
    640,
    640,
    640,
    640,
    640,
    640,
    // : ; < = > ? @
    340,
    340,
    840,
    840,
    840,
    540,
    1000,
    // A-Z
    690,
    690,
    700,
    770,
    640,
    580,
    780,
    760,
    300,
    300,
    660,
    560,
    870,
    750,
    790,
    610,
    790,
    700,
    640,
    620,
    740,
    690,
    990,
    690,
    620,
    690,
    // [ \ ] ^ _ `
    390,
    340,
    390,
    840,
    500,
    500,
    // a-z
    620,
    640,
    560,
    640,
    620,
    360,
    640,
    640,
    280,
    280,
    590,
    280,
    980,
    640,
    620,
    640,
    640,
    420,
    530,
    400,
    640,
    600,
    820,
    600,
    600,
    530,
    // { | } ~
    640,
    340,
    640,
    840
  };

  /** Other one-column characters (Greek, accented, punctuation): wide enough for any of them. */
  private static final int OTHER = 760;

  /** Two-column characters (CJK): one em. */
  private static final int WIDE = 1000;

  /** Bold text runs about a tenth wider. */
  private static final double BOLD = 1.1;

  private SvgText() {}

  /** How wide {@code text} is drawn at {@code size} pixels, at most. */
  public static double width(String text, double size, boolean bold) {
    long milli = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x20 && cp <= 0x7e) {
        milli += ASCII[cp - 0x20];
      } else {
        int columns = WCWidth.wcwidth(cp);
        milli += columns <= 0 ? 0 : columns == 1 ? OTHER : WIDE;
      }
    }
    return milli / 1000.0 * size * (bold ? BOLD : 1.0);
  }

  /**
   * Text for an XML text node or attribute value: markup characters and quotes escaped, and what
   * XML 1.0 cannot hold at all (control characters, lone surrogates, U+FFFE and U+FFFF) replaced,
   * as {@link Sanitizer#clean} does for terminals.
   */
  public static String escape(String text) {
    String clean = Sanitizer.clean(text);
    StringBuilder sb = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\ufffe', '\uffff' -> sb.append('\ufffd');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The URL if it is one a page may link to: an absolute https URL with a host, without spaces,
   * quotes or control characters; else null. Anything else (javascript:, data:, http:, a relative
   * path) is never linked.
   */
  public static String httpsUrl(String url) {
    if (url == null || !url.regionMatches(true, 0, "https://", 0, 8)) {
      return null;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\') {
        return null;
      }
    }
    try {
      URI uri = new URI(url);
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        return null;
      }
    } catch (URISyntaxException e) {
      return null;
    }
    return url;
  }

  /** A coordinate with at most one decimal, the same on every locale: 12.5, 3, -0.5. */
  public static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
