package dev.llmscape.cli;

import java.util.List;
import picocli.CommandLine;

/** The one configuration of llmscape's picocli command line, for the process and the shell. */
public final class CommandLines {
  private CommandLines() {}

  /** A configured command line over a root command, with every subcommand. */
  public static CommandLine create(LlmscapeCommand root) {
    return create(root, CommandRegistry.COMMANDS);
  }

  /**
   * A configured command line with only the given subcommands: a run builds just the one it invokes
   * (see {@link CommandRegistry}).
   */
  public static CommandLine create(LlmscapeCommand root, List<CommandRegistry.Entry> commands) {
    // The root's model built in code, not read from its annotations (RootCommandSpec says why).
    return configure(new CommandLine(RootCommandSpec.of(root)), root, commands, false);
  }

  /**
   * The same command line with every model read from the annotations: the reference that
   * RootCommandSpecTest and GeneratedCommandSpecsTest hold the models built in code to.
   */
  static CommandLine fromAnnotations(LlmscapeCommand root, List<CommandRegistry.Entry> commands) {
    return configure(new CommandLine(root), root, commands, true);
  }

  private static CommandLine configure(
      CommandLine cmd,
      LlmscapeCommand root,
      List<CommandRegistry.Entry> commands,
      boolean annotations) {
    Environment environment = root.environment();
    // The settings below apply to the subcommands present, so add them first.
    CommandRegistry.addTo(cmd, commands, annotations);
    cmd.setOut(environment.out());
    cmd.setErr(environment.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // A repeated option is no mistake worth stopping for: the last value wins, as it already
    // does for a global option given both before and after the command.
    cmd.setOverwrittenOptionsAllowed(true);
    // No clustered short options: "-size:unknown" is a negated filter term, not -s with the
    // value "ize:unknown".
    cmd.setPosixClusteredShortOptionsAllowed(false);
    cmd.setHelpFactory(new HelpWidth(environment));
    cmd.setParameterExceptionHandler(new ErrorHandlers.Usage());
    cmd.setExecutionExceptionHandler(new ErrorHandlers.Execution());
    for (CommandLine sub : cmd.getSubcommands().values()) {
      if (takesQueryTerms(sub)) {
        sub.setUnmatchedOptionsArePositionalParams(true);
      }
    }
    addHelpOptions(cmd);
    cmd.setExecutionStrategy(executing(root, new CommandLine.RunLast()));
    CommandLine help = cmd.getSubcommands().get("help");
    if (help != null) {
      // Its options are in the order every command lists them (OptionOrderTest): HelpCommand
      // declares none, so -h (added above) comes after the global options, as elsewhere.
      HelpTopics.describe(help);
    }
    return cmd;
  }

  /**
   * How a parsed command line runs: --version printed here, output through the pager and --jq
   * ({@link OutputRouting}), the command itself by {@code next}.
   */
  public static CommandLine.IExecutionStrategy executing(
      LlmscapeCommand root, CommandLine.IExecutionStrategy next) {
    return printingVersion(reportingUsageErrors(new OutputRouting(root, next)));
  }

  /**
   * Reports a {@link UsageError} raised while a command runs as picocli reports a bad command line,
   * against the command that raised it (the root, for a global option).
   */
  private static CommandLine.IExecutionStrategy reportingUsageErrors(
      CommandLine.IExecutionStrategy next) {
    return parsed -> {
      try {
        return next.execute(parsed);
      } catch (CommandLine.ExecutionException e) {
        if (e.getCause() instanceof UsageError usage) {
          throw usage.on(e.getCommandLine());
        }
        throw e;
      } catch (UsageError usage) {
        // Raised outside a command's own run (reading the catalog before it): the root's.
        throw usage.on(parsed.commandSpec().commandLine());
      }
    };
  }

  /**
   * An execution strategy that prints --version (and --version --json) itself and hands everything
   * else to {@code next}: the version's text includes the catalog's, which picocli would interpret
   * as markup and as a format string.
   */
  public static CommandLine.IExecutionStrategy printingVersion(
      CommandLine.IExecutionStrategy next) {
    // picocli leaves an argument it does not know unmatched when --version is given, rather than
    // failing: that is how --version --json (in either order) arrives.
    return parsed ->
        parsed.isVersionHelpRequested() && !parsed.isUsageHelpRequested()
            ? VersionProvider.print(
                parsed.commandSpec().commandLine(), parsed.unmatched().contains("--json"))
            : next.execute(parsed);
  }

  /**
   * Whether a command's words are filter terms, which may start with '-' (a negated qualifier such
   * as -org:Meta) and so must not be taken for options: filter, and every command with the {@link
   * QueryTerms} mixin.
   */
  private static boolean takesQueryTerms(CommandLine sub) {
    var spec = sub.getCommandSpec();
    return spec.userObject() instanceof FilterCommand
        || spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof QueryTerms);
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
