package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.render.Timeline;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape timeline}: releases over time, one lane per family. */
@Command(
    name = "timeline",
    sortOptions = false,
    description = "Draw releases over time: one lane per family, a mark per model.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape timeline",
      "  llmscape timeline --since 2023 --open",
      "  llmscape timeline --org Google --org Meta --org OpenAI",
      "  llmscape timeline --since 2024 --until 2024   # one year: a month axis",
      "",
      "Fitted to the terminal width; names show after their mark where they fit.",
      "Piped: ASCII marks and axes (names as the catalog writes them), 80",
      "columns, no colour. Models without a release date are counted, not",
      "drawn. Exit codes: 0 ok (also when nothing matches), 1 unknown org or",
      "bad catalog, 2 usage."
    })
public final class TimelineCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Mixin FilterOptions filters;
  @Mixin QueryTerms query;

  @Override
  public Integer call() {
    Catalog catalog = root.catalog();
    return run(catalog, query.select(catalog, filters));
  }

  private int run(Catalog catalog, List<Model> models) {
    var ctx = root.terminal();
    if (models.isEmpty() && ctx.tty()) {
      root.environment().err().println("no models match");
    }
    Timeline.print(root.environment().out(), ctx, catalog, models);
    return ExitCodes.OK;
  }
}
