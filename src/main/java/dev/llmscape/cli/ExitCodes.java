package dev.llmscape.cli;

/** The documented exit codes; nothing else leaves the process. */
public final class ExitCodes {
  /** Success, including an empty result. */
  public static final int OK = 0;

  /** A name that matches nothing, or a catalog that cannot be read or is inconsistent. */
  public static final int NOT_FOUND_OR_BAD_DATA = 1;

  /** Bad command line: unknown option or command, malformed value. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
