package dev.llmscape.cli;

import dev.llmscape.render.FieldSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.regex.Pattern;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Output options shared by every command that prints models or counts. The format itself is each
 * command's {@code -o/--output} option (its formats differ); {@link #format} reconciles the two.
 */
public final class OutputOptions {
  @Option(
      names = "--json",
      parameterConsumer = JsonFields.class,
      description =
          "Print JSON (-o json; a documented contract: docs/json.md). --json FIELD,... is"
              + " --fields FIELD,..., as in gh.")
  boolean json;

  @Mixin FieldOptions fieldOptions;
  @Mixin JqOption jqOption;

  @Option(names = "--no-header", description = "Leave out the header row (tables, CSV, TSV).")
  boolean noHeader;

  /**
   * Takes gh's {@code --json name,org}: a following word that reads as a list of field names is
   * {@code --fields}. A single word is taken only by a command without words of its own, so that
   * {@code filter --json llama} still searches for llama.
   */
  static final class JsonFields implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
      argSpec.setValue(true);
      OptionSpec fields = commandSpec.findOption("--fields");
      // Compiled here, not at class load: this runs only when --json is given.
      Pattern fieldList = Pattern.compile("[A-Za-z][A-Za-z0-9.]*(,[A-Za-z][A-Za-z0-9.]*)*,?");
      if (fields == null || args.isEmpty() || !fieldList.matcher(args.peek()).matches()) {
        return;
      }
      boolean takesWords = !commandSpec.positionalParameters().isEmpty();
      if (takesWords && !args.peek().contains(",")) {
        return;
      }
      List<String> given = new ArrayList<>(fields.<List<String>>getValue());
      given.add(args.pop());
      fields.setValue(given);
    }
  }

  /**
   * The format to write: {@code -o} if given, else JSON where {@code --json}, {@code --fields} or
   * {@code --jq} ask for it, else the command's own output.
   *
   * @param given the command's {@code -o} value, or null
   * @param own what the command writes without any of them (a table, Markdown...)
   * @throws UsageError when {@code -o} contradicts one of them
   */
  OutputFormat format(OutputFormat given, OutputFormat own) {
    if (given == null && fieldOptions.given()) {
      return OutputFormat.JSON;
    }
    OutputFormat format = OutputFormat.choose(given, json, jqOption.given(), own);
    if (fieldOptions.given() && !takesFields(format)) {
      throw new UsageError("--fields applies to json, jsonl, csv and tsv, not " + format.id());
    }
    return format;
  }

  private static boolean takesFields(OutputFormat format) {
    return switch (format) {
      case JSON, JSONL, CSV, TSV -> true;
      default -> false;
    };
  }

  /**
   * Refuses --no-header where the output has no header row to leave out.
   *
   * @param command the command's name, as its help gives it
   * @throws UsageError when --no-header was given
   */
  void rejectNoHeader(String command, String what) {
    if (noHeader) {
      throw new UsageError("--no-header does not apply: " + command + " prints " + what);
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
