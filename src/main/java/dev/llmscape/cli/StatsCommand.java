package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.Breakdown;
import dev.llmscape.query.CatalogSummary;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.StatsReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code llmscape stats}: how many models per family, org, year, openness, category, size, access
 * class, architecture or modality.
 */
@Command(
    name = "stats",
    sortOptions = false,
    description =
        "Count models by family, org, year, openness, category, size, access,"
            + " architecture or modality, as a bar chart.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape stats                         # models per family",
      "  llmscape stats --by year --open        # open-weights models per year",
      "  llmscape stats --by size --since 2024",
      "  llmscape stats --by access category:foundation",
      "  llmscape stats --by year --json | jq .counts",
      "",
      "On a terminal: bars fitted to the width. Piped: tab-separated KEY and",
      "MODELS columns. Exit codes: 0 ok (also when nothing matches), 1 unknown",
      "org or bad catalog, 2 usage."
    })
public final class StatsCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;

  @Option(
      names = "--by",
      paramLabel = "WHAT",
      defaultValue = "family",
      completionCandidates = Candidates.Breakdowns.class,
      description = "Count by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Breakdown by = Breakdown.FAMILY;

  @Mixin FilterOptions filters;
  @Mixin QueryTerms query;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.TableOrJson.class,
      description =
          "Write ${COMPLETION-CANDIDATES} (default: a bar chart; piped, tab-separated counts).")
  OutputFormat format;

  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat chosen = output.format(format, OutputFormat.TABLE);
    Catalog catalog = root.catalog();
    return run(catalog, query.select(catalog, filters), chosen);
  }

  private int run(Catalog catalog, List<Model> models, OutputFormat chosen) {
    FieldSelection fields = output.fields(StatsReport.JSON_FIELDS);
    CatalogSummary summary = CatalogSummary.of(catalog, models);
    var out = root.environment().out();
    if (chosen == OutputFormat.JSON) {
      JsonOutput.write(out, gen -> StatsReport.writeJson(gen, by, summary, fields));
    } else {
      StatsReport.print(out, root.terminal(), by, summary, output.header());
    }
    return ExitCodes.OK;
  }
}
