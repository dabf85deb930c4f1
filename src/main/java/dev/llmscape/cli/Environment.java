package dev.llmscape.cli;

import dev.llmscape.render.TerminalContext;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a run reads from the world: its streams, environment variables and whether stdout is a
 * terminal. Tests build one with {@link #of} to force each case.
 *
 * @param stdoutTty standard output is a terminal
 * @param columns the terminal's width, or 0 when not known yet
 * @param outputFailure why writing to standard output failed, or null when it did not
 */
public record Environment(
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    boolean stdoutTty,
    int columns,
    Supplier<IOException> outputFailure) {

  /**
   * The real process. The launcher passes {@code -Dllmscape.tty} and {@code -Dllmscape.columns} (a
   * shell can tell both without cost); without them the JVM's console is asked.
   */
  public static Environment system() {
    StdoutStream stdout = new StdoutStream(new FileOutputStream(FileDescriptor.out));
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    String ttyProperty = System.getProperty("llmscape.tty");
    boolean tty =
        ttyProperty != null && !ttyProperty.isEmpty()
            ? ttyProperty.equals("1") || ttyProperty.equals("true")
            : consoleIsTerminal();
    int columns = 0;
    try {
      columns = Integer.parseInt(System.getProperty("llmscape.columns", "0").trim());
    } catch (NumberFormatException e) {
      columns = 0;
    }
    Map<String, String> env = System.getenv();
    String locale = System.getProperty("llmscape.locale");
    if (locale != null) {
      // The launcher ran the JVM in C.UTF-8 so that arguments decode; the output still follows
      // the locale the user had.
      env = new java.util.HashMap<>(env);
      env.put("LC_ALL", locale);
    }
    // A class, not a method reference: a reference is spun into a class at run time (method
    // handles, about 4 ms of start-up), which no class-data archive of a training run holds.
    Supplier<IOException> failure =
        new Supplier<>() {
          @Override
          public IOException get() {
            return stdout.failure();
          }
        };
    return new Environment(out, err, env, tty, columns, failure);
  }

  public static Environment of(
      PrintWriter out, PrintWriter err, Map<String, String> env, boolean tty, int columns) {
    return new Environment(out, err, env, tty, columns, () -> null);
  }

  /** JDK 22+ always has a console; there only {@code Console.isTerminal()} tells. */
  static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  public String getenv(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** The terminal context for a {@code --color} choice, following NO_COLOR and CLICOLOR_FORCE. */
  public TerminalContext terminal(ColorMode mode) {
    boolean color =
        switch (mode) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> {
            if (getenv("NO_COLOR") != null) {
              yield false;
            }
            String force = getenv("CLICOLOR_FORCE");
            if (force != null && !force.equals("0")) {
              yield true;
            }
            yield stdoutTty && !"dumb".equals(getenv("TERM"));
          }
        };
    return new TerminalContext(stdoutTty, width(), color, unicodeLocale());
  }

  private int width() {
    if (!stdoutTty) {
      return TerminalContext.DEFAULT_WIDTH;
    }
    if (columns > 0) {
      return columns;
    }
    String fromEnv = getenv("COLUMNS");
    if (fromEnv != null) {
      try {
        return Integer.parseInt(fromEnv.trim());
      } catch (NumberFormatException e) {
        // fall through to asking the terminal
      }
    }
    return TerminalSize.columns();
  }

  /** Whether the locale's encoding is UTF-8, so box-drawing characters can be shown. */
  private boolean unicodeLocale() {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = getenv(name);
      if (value != null) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.contains("utf-8") || v.contains("utf8");
      }
    }
    return false;
  }
}
