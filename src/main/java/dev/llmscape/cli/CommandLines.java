package dev.llmscape.cli;

import picocli.CommandLine;

/** The one configuration of llmscape's picocli command line, for the process and the shell. */
public final class CommandLines {
  /** Commands whose terms may start with '-' (a negated qualifier such as -org:Meta). */
  private static final String[] QUERY_COMMANDS = {"filter", "stats", "timeline", "export"};

  private CommandLines() {}

  /** A configured command line over a root command. */
  public static CommandLine create(LlmscapeCommand root) {
    Environment environment = root.environment();
    CommandLine cmd = new CommandLine(root);
    cmd.setOut(environment.out());
    cmd.setErr(environment.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(new ErrorHandlers.Usage());
    cmd.setExecutionExceptionHandler(new ErrorHandlers.Execution());
    for (String name : QUERY_COMMANDS) {
      cmd.getSubcommands().get(name).setUnmatchedOptionsArePositionalParams(true);
    }
    addHelpOptions(cmd);
    cmd.getSubcommands()
        .get("help")
        .getCommandSpec()
        .usageMessage()
        .footerHeading("%nExit codes:%n")
        .footer("  0  help was shown", "  2  no such command");
    return cmd;
  }

  /**
   * Gives every subcommand -h/--help, so "llmscape show --help" shows help. Done here rather than
   * by inheriting the root's standard options, which would also copy the root's version and so read
   * the catalog while the command line is built.
   */
  private static void addHelpOptions(CommandLine cmd) {
    for (CommandLine sub : cmd.getSubcommands().values()) {
      if (sub.getCommandSpec().findOption("--help") == null) {
        sub.getCommandSpec()
            .addOption(
                CommandLine.Model.OptionSpec.builder("-h", "--help")
                    .usageHelp(true)
                    .description("Show this help message and exit.")
                    .build());
      }
      addHelpOptions(sub);
    }
  }
}
