package dev.llmscape.cli;

import picocli.CommandLine;

/**
 * A usage error found while a command runs (options that contradict each other, --only without a
 * file), raised without picocli's model of the command line: a line run by {@link DirectRoute} has
 * none. It is reported as picocli reports a bad command line (message, "Run '... --help'", exit 2),
 * against the command line it belongs to ({@link #on}).
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean global;

  /** An error in the command's own options. */
  UsageError(String message) {
    this(message, false);
  }

  /**
   * @param global true when it is about a global option (--only, --catalog), which is reported
   *     against the root command, as picocli reports a root option's errors
   */
  UsageError(String message, boolean global) {
    super(message, null, false, false);
    this.global = global;
  }

  /** The same error as picocli's, for the command line of the command that raised it. */
  CommandLine.ParameterException on(CommandLine command) {
    CommandLine target = global ? command.getCommandSpec().root().commandLine() : command;
    CommandLine.ParameterException e = new CommandLine.ParameterException(target, getMessage());
    e.initCause(this);
    return e;
  }
}
