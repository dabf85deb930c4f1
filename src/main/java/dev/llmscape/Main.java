package dev.llmscape;

import dev.llmscape.cli.CommandRegistry;
import dev.llmscape.cli.Environment;
import dev.llmscape.cli.ErrorHandlers;
import dev.llmscape.cli.LlmscapeCommand;
import java.util.List;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(Environment.system(), args));
  }

  /** Runs one command line against an environment; tests call this with captured streams. */
  public static int run(Environment environment, String... args) {
    CommandLine cmd = commandLine(environment, args);
    try {
      return cmd.execute(args);
    } finally {
      environment.out().flush();
      environment.err().flush();
    }
  }

  /** The configured command line, also used to generate completion scripts and man pages. */
  public static CommandLine commandLine(Environment environment) {
    return commandLine(environment, CommandRegistry.COMMANDS);
  }

  /** The command line a run with these arguments builds: only the subcommands it needs. */
  public static CommandLine commandLine(Environment environment, String... args) {
    return commandLine(environment, CommandRegistry.needed(args));
  }

  private static CommandLine commandLine(
      Environment environment, List<CommandRegistry.Entry> commands) {
    CommandLine cmd = new CommandLine(new LlmscapeCommand(environment));
    // Settings below apply to the subcommands present, so add them first.
    CommandRegistry.addTo(cmd, commands);
    cmd.setOut(environment.out());
    cmd.setErr(environment.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(new ErrorHandlers.Usage());
    cmd.setExecutionExceptionHandler(new ErrorHandlers.Execution());
    return cmd;
  }
}
