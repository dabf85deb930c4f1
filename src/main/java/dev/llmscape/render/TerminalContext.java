package dev.llmscape.render;

/**
 * Where output goes, decided once per run: a terminal or not, how wide, whether to colour and
 * whether box-drawing and other non-ASCII symbols can be shown.
 *
 * @param tty standard output is a terminal: tables are fitted and styled
 * @param width columns available on the terminal (ignored when not a tty)
 * @param color emit ANSI styles
 * @param unicode the output encoding can show box-drawing characters and the ellipsis
 */
public record TerminalContext(boolean tty, int width, boolean color, boolean unicode) {

  /** The width assumed when a terminal does not say. */
  public static final int DEFAULT_WIDTH = 80;

  public TerminalContext {
    if (width < 20) {
      width = 20;
    }
  }

  /** Piped output: plain, no colour. */
  public static TerminalContext piped() {
    return new TerminalContext(false, DEFAULT_WIDTH, false, true);
  }

  public Styles styles() {
    return new Styles(color);
  }

  public String ellipsis() {
    return unicode ? "…" : "~";
  }
}
