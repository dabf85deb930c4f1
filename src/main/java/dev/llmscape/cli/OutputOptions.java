package dev.llmscape.cli;

import picocli.CommandLine.Option;

/** Output options shared by every command that prints models. */
public final class OutputOptions {
  @Option(
      names = "--json",
      description = "Print JSON (the documented contract in docs/json.md) instead of a table.")
  boolean json;

  @Option(names = "--no-header", description = "Leave out the table's header row.")
  boolean noHeader;

  public boolean json() {
    return json;
  }

  public boolean header() {
    return !noHeader;
  }
}
