package dev.llmscape.cli;

import dev.llmscape.catalog.CatalogException;
import dev.llmscape.catalog.update.UpdateException;
import dev.llmscape.model.Model;
import dev.llmscape.query.AmbiguousNameException;
import dev.llmscape.query.FilterParseException;
import dev.llmscape.query.UnknownModelException;
import dev.llmscape.query.UnknownOrgException;
import dev.llmscape.render.DisplayWidth;
import dev.llmscape.render.Sanitizer;
import dev.llmscape.render.UnknownFieldException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps every failure to one message on stderr and a documented exit code. Stack traces only with
 * {@code --verbose}.
 */
public final class ErrorHandlers {
  private ErrorHandlers() {}

  /**
   * A stack trace for --verbose, each line sanitised: exception messages quote catalog text and
   * command-line arguments, which must reach the terminal as symbols like everywhere else.
   */
  static void printStackTrace(Throwable ex, PrintWriter err) {
    java.io.StringWriter trace = new java.io.StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    // A frame's own leading tab stays; anything else is shown as symbols.
    trace
        .toString()
        .lines()
        .forEach(
            line ->
                err.println(
                    line.startsWith("\t")
                        ? "\t" + Sanitizer.clean(line.substring(1))
                        : Sanitizer.clean(line)));
  }

  /** Bad command lines: the message, a suggestion where picocli has one, exit 2. */
  public static final class Usage implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      boolean inShell =
          cmd.getCommandSpec().root().userObject() instanceof LlmscapeCommand root
              && root.inShell();
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
        unmatched(cmd, unmatched, err, inShell);
      } else {
        err.println("llmscape: " + Sanitizer.clean(UsageMessages.readable(ex.getMessage())));
      }
      String name = cmd.getCommandSpec().qualifiedName(" ");
      String help = cmd.getParent() == null ? "llmscape --help" : name + " --help";
      if (inShell) {
        // In the shell, commands are typed without "llmscape".
        help = cmd.getParent() == null ? "help" : "help " + cmd.getCommandName();
      }
      err.println("Run '" + help + "' for usage.");
      if (verbose(args)) {
        printStackTrace(ex, err);
      }
      err.flush();
      return ExitCodes.USAGE;
    }

    /**
     * What was not understood, in our words rather than picocli's "Unmatched argument at index 0",
     * and what was probably meant.
     */
    private static void unmatched(
        CommandLine cmd,
        CommandLine.UnmatchedArgumentException ex,
        PrintWriter err,
        boolean inShell) {
      List<String> words = ex.getUnmatched();
      String first = words.isEmpty() ? "" : words.get(0);
      if (cmd.getParent() == null && !first.startsWith("-")) {
        err.println("llmscape: '" + Sanitizer.clean(first) + "' is not a command");
        java.util.Map<String, String> commands = new java.util.LinkedHashMap<>();
        for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
          if (!e.name().startsWith("_")) {
            commands.put(e.name(), e.name());
          }
        }
        List<String> near = dev.llmscape.query.Suggestions.nearest(first, commands, 3);
        if (!near.isEmpty()) {
          err.println("Did you mean: " + String.join(", ", near) + "?");
        }
        return;
      }
      String command = cmd.getCommandName();
      List<String> quoted = words.stream().map(w -> "'" + Sanitizer.clean(w) + "'").toList();
      if (first.startsWith("-")) {
        err.println("llmscape: " + command + " has no option " + quoted.get(0));
      } else if (cmd.getCommandSpec().positionalParameters().isEmpty()) {
        err.println(
            "llmscape: "
                + command
                + " takes options only, not "
                + String.join(" ", quoted)
                + (command.equals("list") || command.equals("ls")
                    ? " (to search by words: filter "
                        + Sanitizer.clean(String.join(" ", words))
                        + ")"
                    : ""));
      } else {
        err.println(
            "llmscape: "
                + command
                + " did not expect "
                + String.join(" ", quoted)
                + " (quote a value with spaces)");
      }
      java.io.StringWriter suggestions = new java.io.StringWriter();
      PrintWriter to = new PrintWriter(suggestions);
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, to);
      to.flush();
      String text = suggestions.toString();
      err.print(inShell ? text.replace("Did you mean: llmscape ", "Did you mean: ") : text);
    }

    private static boolean verbose(String[] args) {
      for (String a : args) {
        if (a.equals("--verbose")) {
          return true;
        }
      }
      return false;
    }
  }

  /** Failures while running: domain errors become messages; anything else is reported as a bug. */
  public static final class Execution implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
      return handle(ex, cmd.getErr(), parsed.hasMatchedOption("--verbose") || rootVerbose(cmd));
    }

    /** Reports a failure, with its stack trace when {@code verbose}; returns the exit code. */
    static int handle(Exception ex, PrintWriter err, boolean verbose) {
      int code = report(ex, err);
      if (verbose) {
        printStackTrace(ex, err);
      }
      err.flush();
      return code;
    }

    private static boolean rootVerbose(CommandLine cmd) {
      Object root = cmd.getCommandSpec().root().userObject();
      return root instanceof LlmscapeCommand r && r.verbose();
    }

    static int report(Exception ex, PrintWriter err) {
      if (ex instanceof UnknownModelException e) {
        err.println("llmscape: " + Sanitizer.clean(e.getMessage()));
        didYouMean(err, e.suggestions());
        return ExitCodes.NOT_FOUND_OR_BAD_DATA;
      }
      if (ex instanceof UnknownOrgException e) {
        err.println("llmscape: " + Sanitizer.clean(e.getMessage()));
        didYouMean(err, e.suggestions());
        return ExitCodes.NOT_FOUND_OR_BAD_DATA;
      }
      if (ex instanceof AmbiguousNameException e) {
        err.println("llmscape: " + Sanitizer.clean(e.getMessage()) + "; say which:");
        for (Model m : e.candidates()) {
          err.println("  " + Sanitizer.clean(m.id()) + "  (" + Sanitizer.clean(m.name()) + ")");
        }
        return ExitCodes.NOT_FOUND_OR_BAD_DATA;
      }
      if (ex instanceof FilterParseException e) {
        reportQuery(e, err);
        return ExitCodes.USAGE;
      }
      if (ex instanceof CatalogException e) {
        err.println("llmscape: bad catalog: " + Sanitizer.clean(e.getMessage()));
        return ExitCodes.NOT_FOUND_OR_BAD_DATA;
      }
      if (ex instanceof UpdateException e) {
        err.println("llmscape: catalog update: " + Sanitizer.clean(e.getMessage()));
        return ExitCodes.NOT_FOUND_OR_BAD_DATA;
      }
      if (ex instanceof UnknownFieldException e) {
        err.println("llmscape: " + Sanitizer.clean(e.getMessage()));
        err.println("Available fields: " + String.join(", ", e.available()));
        return ExitCodes.USAGE;
      }
      if (ex instanceof CommandLine.ParameterException || ex instanceof UsageError) {
        // Raised while running (e.g. --only without a file, met by --version).
        err.println("llmscape: " + Sanitizer.clean(ex.getMessage()));
        return ExitCodes.USAGE;
      }
      if (ex instanceof CommandLine.TypeConversionException e) {
        err.println("llmscape: " + Sanitizer.clean(e.getMessage()));
        return ExitCodes.USAGE;
      }
      err.println(
          "llmscape: internal error: "
              + Sanitizer.clean(String.valueOf(ex))
              + " (run again with --verbose for details, and please report it)");
      return ExitCodes.NOT_FOUND_OR_BAD_DATA;
    }

    /** The message, the query with a caret under the bad part, what is valid there. */
    private static void reportQuery(FilterParseException e, PrintWriter err) {
      err.println("llmscape: bad query: " + Sanitizer.clean(e.getMessage()));
      String query = e.query();
      int end = Math.min(query.length(), e.offset() + e.length());
      String before = Sanitizer.clean(query.substring(0, e.offset()));
      String bad = Sanitizer.clean(query.substring(e.offset(), end));
      err.println("  " + Sanitizer.clean(query));
      err.println(
          "  "
              + " ".repeat(DisplayWidth.of(before))
              + "^".repeat(Math.max(1, DisplayWidth.of(bad))));
      if (e.hint() != null) {
        err.println(Sanitizer.clean(e.hint()));
      }
      didYouMean(err, e.suggestions());
    }

    private static void didYouMean(PrintWriter err, List<String> suggestions) {
      if (!suggestions.isEmpty()) {
        List<String> clean = suggestions.stream().map(Sanitizer::clean).toList();
        err.println("Did you mean: " + String.join(", ", clean) + "?");
      }
    }
  }
}
