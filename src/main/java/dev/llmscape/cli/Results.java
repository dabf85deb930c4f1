package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.render.CsvExport;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.ModelJson;
import dev.llmscape.render.ModelTable;
import dev.llmscape.render.TerminalContext;
import java.io.PrintWriter;
import java.util.List;

/** Prints a model listing the way every listing command does: a table, JSON, JSONL, CSV or TSV. */
final class Results {
  private Results() {}

  static void print(
      LlmscapeCommand root,
      OutputOptions output,
      SortOptions sorting,
      Catalog catalog,
      List<Model> models,
      OutputFormat format) {
    var out = root.environment().out();
    if (format != OutputFormat.TABLE) {
      write(out, format, catalog, models, output.fields(ModelJson.SUMMARY_FIELDS), output.header());
      return;
    }
    TerminalContext ctx = root.terminal();
    if (models.isEmpty()) {
      // An empty result is not an error; say so where a person is reading.
      if (ctx.tty() && !sorting.limitsToNothing()) {
        root.environment().err().println("no models match");
      }
      return;
    }
    ModelTable.print(out, ctx, catalog, models, output.header());
  }

  /** The models as data: the model objects of docs/json.md, or their fields as CSV/TSV columns. */
  static void write(
      PrintWriter out,
      OutputFormat format,
      Catalog catalog,
      List<Model> models,
      FieldSelection selected,
      boolean header) {
    switch (format) {
      case CSV -> CsvExport.write(out, catalog, models, selected, ',', header);
      case TSV -> CsvExport.write(out, catalog, models, selected, '\t', header);
      case JSONL -> {
        for (Model m : models) {
          JsonOutput.writeLine(
              out, gen -> ModelJson.writeObject(gen, catalog, m, List.of(), selected));
        }
        out.flush();
      }
      case JSON ->
          JsonOutput.write(out, gen -> ModelJson.writeList(gen, catalog, models, selected));
      default -> throw new IllegalArgumentException(format.id() + " is not a data format");
    }
  }
}
