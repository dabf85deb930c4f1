package dev.llmscape.render;

import org.jline.jansi.Ansi;

/**
 * Turns semantic {@link Style}s into ANSI sequences, or into nothing when colour is off. Commands
 * and renderers never write escape codes themselves.
 */
public final class Styles {
  private final boolean color;

  public Styles(boolean color) {
    this.color = color;
  }

  public boolean enabled() {
    return color;
  }

  /** The text wrapped in the style's sequences; the text must already be sanitised. */
  public String apply(Style style, String text) {
    if (!color || style == Style.PLAIN || text.isEmpty()) {
      return text;
    }
    Ansi a = new Ansi();
    switch (style) {
      case HEADER -> a.a(Ansi.Attribute.INTENSITY_BOLD).a(Ansi.Attribute.UNDERLINE);
      case OPEN -> a.fg(Ansi.Color.GREEN);
      case CLOSED -> a.fg(Ansi.Color.RED);
      case UNKNOWN, DIM -> a.a(Ansi.Attribute.INTENSITY_FAINT);
      case BOLD -> a.a(Ansi.Attribute.INTENSITY_BOLD);
      case HIGHLIGHT -> a.a(Ansi.Attribute.INTENSITY_BOLD).fg(Ansi.Color.YELLOW);
      case ACCENT -> a.fg(Ansi.Color.CYAN);
      case LINK -> a.fg(Ansi.Color.BLUE);
      case ERROR -> a.a(Ansi.Attribute.INTENSITY_BOLD).fg(Ansi.Color.RED);
      case WARNING -> a.fg(Ansi.Color.YELLOW);
      default -> {}
    }
    return a.a(text).reset().toString();
  }

  public String header(String text) {
    return apply(Style.HEADER, text);
  }

  public String dim(String text) {
    return apply(Style.DIM, text);
  }

  public String bold(String text) {
    return apply(Style.BOLD, text);
  }

  public String highlight(String text) {
    return apply(Style.HIGHLIGHT, text);
  }

  public String error(String text) {
    return apply(Style.ERROR, text);
  }
}
