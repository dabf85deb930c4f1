package dev.llmscape.cli;

/** The documented exit codes; nothing else leaves the process. */
public final class ExitCodes {
  /** Success, including an empty result. */
  public static final int OK = 0;

  /**
   * A name that matches nothing, a catalog that cannot be read or is inconsistent, or output that
   * could not be written (a full disk).
   */
  public static final int NOT_FOUND_OR_BAD_DATA = 1;

  /** Bad command line: unknown option or command, malformed value. */
  public static final int USAGE = 2;

  private ExitCodes() {}

  /**
   * A run's exit code once its output is flushed: a write that failed for any reason but a reader
   * that went away (a closed pipe ends a CLI quietly) is said on stderr and exits 1, so a full disk
   * never leaves a cut-off file behind a success.
   */
  public static int afterOutput(int exit, Environment environment) {
    java.io.IOException failure = environment.outputFailure().get();
    if (failure == null || StdoutStream.isClosedPipe(failure)) {
      return exit;
    }
    environment.err().println("llmscape: cannot write the output: " + failure.getMessage());
    return exit == OK ? NOT_FOUND_OR_BAD_DATA : exit;
  }
}
