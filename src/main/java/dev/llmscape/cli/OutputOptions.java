package dev.llmscape.cli;

import dev.llmscape.render.FieldSelection;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Output options shared by every command that prints models or counts. */
public final class OutputOptions {
  @Option(
      names = "--json",
      description = "Print JSON instead of a table (a documented contract: docs/json.md).")
  boolean json;

  @Option(names = "--no-header", description = "Leave out the table's header row.")
  boolean noHeader;

  @Mixin FieldOptions fieldOptions;
  @Mixin JqOption jqOption;

  /** JSON was asked for, by {@code --json} or by {@code --fields}. */
  public boolean json() {
    return json || fieldOptions.given() || jqOption.given();
  }

  /**
   * Refuses --no-header where the output has no header row to leave out.
   *
   * @throws picocli.CommandLine.ParameterException when --no-header was given
   */
  void rejectNoHeader(picocli.CommandLine cmd, String what) {
    if (noHeader) {
      throw new picocli.CommandLine.ParameterException(
          cmd, "--no-header does not apply: " + cmd.getCommandName() + " prints " + what);
    }
  }

  public boolean header() {
    return !noHeader;
  }

  /**
   * The fields to write out of an output's documented fields.
   *
   * @throws dev.llmscape.render.UnknownFieldException for a field the output does not have
   */
  public FieldSelection fields(List<String> available) {
    return fieldOptions.select(available);
  }
}
