package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.ModelJson;
import dev.llmscape.render.ModelTable;
import dev.llmscape.render.TerminalContext;
import java.util.List;

/** Prints a model listing the way every listing command does: JSON, or a table. */
final class Results {
  private Results() {}

  static void print(
      LlmscapeCommand root,
      OutputOptions output,
      SortOptions sorting,
      Catalog catalog,
      List<Model> models) {
    var out = root.environment().out();
    if (output.json()) {
      FieldSelection fields = output.fields(ModelJson.SUMMARY_FIELDS);
      JsonOutput.write(out, gen -> ModelJson.writeList(gen, catalog, models, fields));
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
}
