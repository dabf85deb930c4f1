package dev.llmscape.cli;

import dev.llmscape.cli.completion.CompletionEngine;
import dev.llmscape.cli.completion.CompletionModel;
import dev.llmscape.cli.completion.CompletionValues;
import dev.llmscape.render.Sanitizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One interactive session: reads lines with JLine and runs each through a command line built like
 * the one that started the session, so every command works as on the command line. The catalog is
 * loaded once, on first use, and kept for the session.
 */
public final class ShellSession {
  static final String PROMPT = "llmscape> ";

  /** Held so that its level stays set (loggers are only weakly referenced). */
  private static final java.util.logging.Logger JLINE_LOG =
      java.util.logging.Logger.getLogger("org.jline");

  private ShellSession() {}

  /** Where history is kept: $XDG_STATE_HOME/llmscape/history, else ~/.local/state/llmscape. */
  public static Path historyFile(Map<String, String> env) {
    String state = env.get("XDG_STATE_HOME");
    if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
      return Path.of(state, "llmscape", "history");
    }
    String home = env.get("HOME");
    if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
      home = System.getProperty("user.home"); // a relative HOME would mean the current directory
    }
    return Path.of(home, ".local", "state", "llmscape", "history");
  }

  /**
   * Runs a session on a terminal until exit, quit or end of input.
   *
   * @param outer the command line that started the session: its configuration and its global
   *     options (--catalog, --color, --verbose) carry over to the session's commands
   */
  public static int run(CommandLine outer, Terminal terminal, Path history) {
    return run(outer, terminal, history, true);
  }

  /**
   * Runs a session; without a person typing (commands piped in), there is no banner and no prompt,
   * so the output is the commands' output alone.
   *
   * @param interactive standard input is a terminal
   */
  public static int run(CommandLine outer, Terminal terminal, Path history, boolean interactive) {
    // JLine reports through java.util.logging, which prints on the terminal: its problems are
    // either handled here (history) or harmless.
    JLINE_LOG.setLevel(java.util.logging.Level.OFF);
    LlmscapeCommand outerRoot = outer.getCommand();
    PrintWriter writer = terminal.writer();
    Commands commands = new Commands(outerRoot, terminal);

    CompletionModel.Command model = CompletionModel.of(commands.line);
    CompletionEngine engine =
        new CompletionEngine(
            model,
            quietly(() -> CompletionValues.models(commands.root.catalog())),
            quietly(() -> CompletionValues.orgs(commands.root.catalog())));
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("llmscape")
            .parser(new DefaultParser())
            .completer(completer(engine))
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    ShellHistory kept = new ShellHistory(history, writer);
    kept.load(reader.getHistory());

    if (interactive) {
      writer.println("llmscape shell: 'help' lists the commands; 'exit' or Ctrl-D leaves.");
    }
    String prompt = interactive ? PROMPT : "";
    writer.flush();
    while (true) {
      List<String> words;
      try {
        String line = reader.readLine(prompt);
        words = new ArrayList<>(reader.getParsedLine().words());
        kept.add(line);
      } catch (UserInterruptException e) {
        continue; // Ctrl-C drops the line
      } catch (EndOfFileException e) {
        // Input that ends without a newline (a script piped in) still runs its last line.
        String partial = e.getPartialLine();
        if (partial != null && !partial.isBlank()) {
          runLine(
              new ArrayList<>(reader.getParser().parse(partial, partial.length()).words()),
              commands,
              writer);
        }
        break;
      }
      if (!runLine(words, commands, writer)) {
        break;
      }
    }
    writer.flush();
    return ExitCodes.OK;
  }

  /**
   * Runs one line of the session.
   *
   * @return false when the line ends the session (exit or quit)
   */
  private static boolean runLine(List<String> words, Commands commands, PrintWriter writer) {
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return true;
    }
    String first = words.get(0);
    if (first.equals("exit") || first.equals("quit")) {
      return false;
    }
    if (first.equals("llmscape")) {
      words.remove(0); // pasted from the command line
    }
    if (!words.isEmpty() && words.get(0).equals("shell")) {
      writer.println("llmscape: already in the shell");
    } else {
      commands.execute(words.toArray(new String[0]), writer);
    }
    writer.flush();
    return true;
  }

  /**
   * The session's command line and what its commands print through. Each command runs on a thread
   * of its own, so that Ctrl-C can cancel it and return to the prompt: its output stops at once
   * (its writer refuses further text, which also ends most commands), and a command that does not
   * end (blocked reading a pipe) is abandoned with the command line it ran on, the next line
   * getting a fresh one.
   */
  private static final class Commands {
    private final LlmscapeCommand outerRoot;
    private final Terminal terminal;
    LlmscapeCommand root;
    CommandLine line;
    private CancellableWriter out;
    private Thread running;

    Commands(LlmscapeCommand outerRoot, Terminal terminal) {
      this.outerRoot = outerRoot;
      this.terminal = terminal;
      renew();
    }

    private void renew() {
      boolean tty = !Terminal.TYPE_DUMB.equals(terminal.getType());
      int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
      out = new CancellableWriter(terminal.writer());
      Environment environment = Environment.of(out, out, outerRoot.environment().env(), tty, width);
      root = new LlmscapeCommand(environment);
      line = sessionCommandLine(root, outerRoot);
    }

    void execute(String[] args, PrintWriter writer) {
      if (running != null && running.isAlive()) {
        renew(); // a cancelled command still runs on the old one
      }
      CancellableWriter output = out;
      CommandLine commandLine = line;
      java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
      Thread worker =
          new Thread(
              () -> {
                try {
                  commandLine.execute(args);
                  output.flush();
                } catch (RuntimeException e) {
                  // cancelled: its output was refused
                } finally {
                  done.countDown();
                }
              },
              "llmscape-command");
      worker.setDaemon(true);
      java.util.concurrent.atomic.AtomicBoolean cancelled =
          new java.util.concurrent.atomic.AtomicBoolean();
      Terminal.SignalHandler previous =
          terminal.handle(
              Terminal.Signal.INT,
              signal -> {
                cancelled.set(true);
                output.cancel();
                worker.interrupt();
                done.countDown();
              });
      try {
        running = worker;
        worker.start();
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        terminal.handle(Terminal.Signal.INT, previous);
      }
      if (cancelled.get()) {
        writer.println();
        writer.println("llmscape: cancelled");
      } else {
        output.resume();
      }
    }
  }

  /** A writer that refuses text once cancelled, so that a cancelled command prints no more. */
  private static final class CancellableWriter extends PrintWriter {
    private volatile boolean cancelled;

    CancellableWriter(PrintWriter target) {
      super(target);
    }

    void cancel() {
      cancelled = true;
    }

    void resume() {
      cancelled = false;
    }

    private void check() {
      if (cancelled) {
        throw new java.util.concurrent.CancellationException("cancelled");
      }
    }

    @Override
    public void write(int c) {
      check();
      super.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) {
      check();
      super.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      check();
      super.write(s, off, len);
    }

    @Override
    public void flush() {
      check();
      super.flush();
    }
  }

  /** A command line configured like the outer one, defaulting to the outer global options. */
  private static CommandLine sessionCommandLine(LlmscapeCommand root, LlmscapeCommand outerRoot) {
    root.useSessionDefaults(outerRoot);
    CommandLine commands = CommandLines.create(root);
    commands.setDefaultValueProvider(
        arg -> {
          if (!(arg instanceof OptionSpec option)) {
            return null;
          }
          return switch (option.longestName()) {
            case "--color" -> outerRoot.color.name();
            case "--verbose" -> outerRoot.verbose ? "true" : null;
            default -> null;
          };
        });
    return commands;
  }

  /** Completion must never break the line being edited: a bad catalog gives no names. */
  private static Supplier<List<String>> quietly(Supplier<List<String>> values) {
    return () -> {
      try {
        return values.get();
      } catch (RuntimeException e) {
        return List.of();
      }
    };
  }

  private static Completer completer(CompletionEngine engine) {
    return (LineReader reader, ParsedLine line, List<Candidate> candidates) -> {
      List<String> words = new ArrayList<>();
      words.add("llmscape");
      words.addAll(line.words().subList(0, line.wordIndex()));
      words.add(line.word().substring(0, line.wordCursor()));
      for (CompletionEngine.Suggestion s : engine.complete(words, words.size() - 1)) {
        String description = s.description().isEmpty() ? null : Sanitizer.clean(s.description());
        candidates.add(
            new Candidate(
                s.value(),
                Sanitizer.clean(s.value()),
                null,
                description,
                null,
                null,
                s.complete()));
      }
    };
  }
}
