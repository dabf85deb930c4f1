package dev.llmscape.render;

/** The characters a tree is drawn with: box drawing, or plain ASCII as {@code cargo tree}'s. */
public enum TreeCharset {
  UTF8("├── ", "└── ", "│   ", "    ", " · ", "…"),
  ASCII("|-- ", "`-- ", "|   ", "    ", ", ", "...");

  final String branch;
  final String last;
  final String through;
  final String blank;
  final String separator;
  final String more;

  TreeCharset(
      String branch, String last, String through, String blank, String separator, String more) {
    this.branch = branch;
    this.last = last;
    this.through = through;
    this.blank = blank;
    this.separator = separator;
    this.more = more;
  }

  /** The charset a terminal context can show: ASCII where the encoding is not UTF-8. */
  public static TreeCharset auto(TerminalContext ctx) {
    return ctx.unicode() ? UTF8 : ASCII;
  }
}
