package dev.llmscape.cli;

import dev.llmscape.cli.completion.CompletionEngine;
import dev.llmscape.cli.completion.CompletionModel;
import dev.llmscape.cli.completion.CompletionValues;
import dev.llmscape.render.Sanitizer;
import java.io.BufferedReader;
import java.io.IOException;
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
            .parser(parser())
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
    int status = ExitCodes.OK;
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
          status = firstFailure(status, runLine(words(partial), commands::execute, writer));
        }
        break;
      }
      int exit = runLine(words, commands::execute, writer);
      if (exit == LEAVE) {
        break;
      }
      status = firstFailure(status, exit);
    }
    writer.flush();
    return interactive ? ExitCodes.OK : status;
  }

  /**
   * Runs lines read from a pipe or file as a script: no terminal, no banner or prompt; output goes
   * to the process's stdout and errors to its stderr; lines from '#' on are comments; every line
   * runs, and the exit status is that of the first line that failed.
   */
  public static int batch(CommandLine outer, BufferedReader in) throws IOException {
    LlmscapeCommand outerRoot = outer.getCommand();
    Environment environment = outerRoot.environment();
    LlmscapeCommand root = new LlmscapeCommand(environment);
    CommandLine commands = sessionCommandLine(root, outerRoot);
    int status = ExitCodes.OK;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int exit = runLine(words(line), (args, w) -> commands.execute(args), environment.err());
      if (exit == LEAVE) {
        break;
      }
      status = firstFailure(status, exit);
      environment.out().flush();
    }
    environment.out().flush();
    return status;
  }

  /** What runLine returns for exit or quit. */
  private static final int LEAVE = Integer.MIN_VALUE;

  private static int firstFailure(int status, int exit) {
    return status == ExitCodes.OK ? exit : status;
  }

  /** The parser for a line: shell-like quotes, and '#' starting a comment. */
  private static DefaultParser parser() {
    DefaultParser parser = new DefaultParser();
    parser.setLineCommentDelims(new String[] {"#"});
    return parser;
  }

  private static List<String> words(String line) {
    return new ArrayList<>(parser().parse(line, line.length()).words());
  }

  /** Runs a command line's words, printing messages of its own to the writer; gives its status. */
  private interface Runner {
    int run(String[] args, PrintWriter writer);
  }

  /**
   * Runs one line of the session.
   *
   * @return the command's exit code, or {@link #LEAVE} when the line ends the session
   */
  private static int runLine(List<String> words, Runner commands, PrintWriter writer) {
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return ExitCodes.OK;
    }
    String first = words.get(0);
    if (first.equals("exit") || first.equals("quit")) {
      return LEAVE;
    }
    if (first.equals("llmscape")) {
      words.remove(0); // pasted from the command line
    }
    int exit;
    if (!words.isEmpty() && words.get(0).equals("shell")) {
      writer.println("llmscape: already in the shell");
      exit = ExitCodes.USAGE;
    } else {
      exit = commands.run(words.toArray(new String[0]), writer);
    }
    writer.flush();
    return exit;
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
      // Commands print where llmscape's own output goes: the terminal, or the pipe or file that
      // stdout is (shell | tee log); the terminal keeps the banner, prompt and editing.
      Environment outer = outerRoot.environment();
      Environment environment;
      if (outer.stdoutTty()) {
        out = new CancellableWriter(terminal.writer());
        environment = Environment.of(out, out, outer.env(), tty, width);
      } else {
        out = new CancellableWriter(outer.out());
        environment = Environment.of(out, outer.err(), outer.env(), false, outer.columns());
      }
      root = new LlmscapeCommand(environment);
      line = sessionCommandLine(root, outerRoot);
    }

    int execute(String[] args, PrintWriter writer) {
      if (running != null && running.isAlive()) {
        renew(); // a cancelled command still runs on the old one
      }
      CancellableWriter output = out;
      CommandLine commandLine = line;
      java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.atomic.AtomicInteger exit =
          new java.util.concurrent.atomic.AtomicInteger(ExitCodes.OK);
      Thread worker =
          new Thread(
              () -> {
                try {
                  exit.set(commandLine.execute(args));
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
        return ExitCodes.OK; // the person's own doing, not a failure of the line
      }
      output.resume();
      return exit.get();
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
