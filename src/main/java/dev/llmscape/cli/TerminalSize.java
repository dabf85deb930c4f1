package dev.llmscape.cli;

import dev.llmscape.render.TerminalContext;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Asks the terminal for its width through JLine. Only used on a terminal when neither the launcher
 * nor COLUMNS said, since building a JLine terminal costs tens of milliseconds.
 */
final class TerminalSize {
  private TerminalSize() {}

  static int columns() {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      int width = terminal.getWidth();
      return width > 0 ? width : TerminalContext.DEFAULT_WIDTH;
    } catch (Exception e) {
      return TerminalContext.DEFAULT_WIDTH;
    }
  }
}
