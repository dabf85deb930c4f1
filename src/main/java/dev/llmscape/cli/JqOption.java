package dev.llmscape.cli;

import picocli.CommandLine.Option;

/** {@code --jq EXPR}: filter a command's JSON output through a jq expression, as gh does. */
public final class JqOption {
  @Option(
      names = "--jq",
      paramLabel = "EXPR",
      description =
          "Filter the JSON output with a jq expression (implies --json); strings print"
              + " without quotes: --jq '.[].name'.")
  String jq;

  /** Whether --jq was given, which asks for JSON as --json does. */
  public boolean given() {
    return jq != null;
  }
}
