package dev.llmscape;

import dev.llmscape.cli.CommandLines;
import dev.llmscape.cli.CommandRegistry;
import dev.llmscape.cli.DirectRoute;
import dev.llmscape.cli.Environment;
import dev.llmscape.cli.ExitCodes;
import dev.llmscape.cli.HelpCache;
import dev.llmscape.cli.LlmscapeCommand;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli's default factory otherwise looks for Groovy's Closure class when it is first used,
    // a class-path miss that costs several ms of every run that builds picocli's model.
    System.setProperty("picocli.disable.closures", "true");
    int exit = run(Environment.system(), args);
    // On success, return and let the JVM end as any program does: System.exit on JDK 21+ first
    // looks up a System.Logger to log the call (the logging framework's classes, a few ms of every
    // run's start-up). llmscape starts no non-daemon thread that could keep the JVM alive.
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /** Runs one command line against an environment; tests call this with captured streams. */
  public static int run(Environment environment, String... args) {
    // A plain line runs without building picocli's model; any other, or when that route declines.
    Integer direct = DirectRoute.run(environment, args);
    if (direct == null) {
      // Help lines print a text rendered once per build, width and colour.
      direct = HelpCache.run(environment, rendering -> runParsedByPicocli(rendering, args), args);
    }
    if (direct != null) {
      try {
        environment.out().flush();
        return ExitCodes.afterOutput(direct, environment);
      } finally {
        environment.out().flush();
        environment.err().flush();
      }
    }
    return runParsedByPicocli(environment, args);
  }

  /**
   * Runs a command line as picocli parses it, whatever it is: the reference DirectRoute matches.
   */
  public static int runParsedByPicocli(Environment environment, String... args) {
    return run(environment, new CommandLine.RunLast(), args);
  }

  /**
   * Runs one command line, handing the parsed command to {@code execution}: {@link
   * CommandLine.RunLast} runs it, as a real run does; a test can pass one that captures the command
   * without running it (as gh's commands take a {@code runF}), so that what it checks is what the
   * real command line parsed, with every setting of {@link CommandLines}.
   */
  public static int run(
      Environment environment, CommandLine.IExecutionStrategy execution, String... args) {
    CommandLine cmd = commandLine(environment, args);
    cmd.setExecutionStrategy(CommandLines.executing(cmd.getCommand(), execution));
    try {
      int exit = cmd.execute(args);
      environment.out().flush();
      return ExitCodes.afterOutput(exit, environment);
    } finally {
      environment.out().flush();
      environment.err().flush();
    }
  }

  /** The configured command line, also used to generate completion scripts and man pages. */
  public static CommandLine commandLine(Environment environment) {
    return CommandLines.create(new LlmscapeCommand(environment));
  }

  /** The command line a run with these arguments builds: only the subcommands it needs. */
  public static CommandLine commandLine(Environment environment, String... args) {
    return CommandLines.create(new LlmscapeCommand(environment), CommandRegistry.needed(args));
  }
}
