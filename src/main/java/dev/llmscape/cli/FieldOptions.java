package dev.llmscape.cli;

import dev.llmscape.render.FieldSelection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --fields}: which fields a JSON or CSV output writes, as gh's {@code --json fields}. Each
 * output passes its own field list; an unknown name is a usage error (exit 2) listing them.
 */
public final class FieldOptions {
  @Option(
      names = "--fields",
      paramLabel = "FIELD,...",
      description =
          "Write only these fields, in this order, in any case (json, jsonl, csv and tsv;"
              + " without -o: json). An unknown field lists the available ones.")
  List<String> fields = new ArrayList<>();

  /** Whether {@code --fields} was given. */
  public boolean given() {
    return !fields.isEmpty();
  }

  /**
   * The selection against an output's fields.
   *
   * @throws dev.llmscape.render.UnknownFieldException for a field the output does not have
   */
  public FieldSelection select(List<String> available) {
    // Repeated --fields add up, as gh's repeated --json does.
    return FieldSelection.parse(given() ? String.join(",", fields) : null, available);
  }
}
