package dev.llmscape;

import dev.llmscape.cli.Environment;
import dev.llmscape.cli.ErrorHandlers;
import dev.llmscape.cli.LlmscapeCommand;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(Environment.system(), args));
  }

  /** Runs one command line against an environment; tests call this with captured streams. */
  public static int run(Environment environment, String... args) {
    CommandLine cmd = commandLine(environment);
    try {
      return cmd.execute(args);
    } finally {
      environment.out().flush();
      environment.err().flush();
    }
  }

  /** Every subcommand gets {@code -h, --help}: usage errors tell users to run it. */
  private static void addHelpOptions(CommandLine cmd) {
    for (CommandLine sub : new java.util.LinkedHashSet<>(cmd.getSubcommands().values())) {
      CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
      if (spec.findOption("--help") == null
          && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        spec.addOption(
            CommandLine.Model.OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
      }
      addHelpOptions(sub);
    }
  }

  /** The configured command line, also used to generate completion scripts and man pages. */
  public static CommandLine commandLine(Environment environment) {
    CommandLine cmd = new CommandLine(new LlmscapeCommand(environment));
    cmd.setOut(environment.out());
    cmd.setErr(environment.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(new ErrorHandlers.Usage());
    cmd.setExecutionExceptionHandler(new ErrorHandlers.Execution());
    addHelpOptions(cmd);
    return cmd;
  }
}
