package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.QueryEngine;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code llmscape list}: the models that pass the filters, as a table or JSON. */
@Command(
    name = "list",
    aliases = "ls",
    sortOptions = false,
    description =
        "List models, oldest first (with --limit alone, the newest first), optionally filtered.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape list --org Meta",
      "  llmscape list --org Google --open --since 2024",
      "  llmscape list --min-size 100B --sort -size --limit 10",
      "  llmscape list --limit 5                  # the five newest",
      "  llmscape list --category multimodal --json | jq '.[].name'",
      "  llmscape list --org Meta -o csv > meta.csv",
      "",
      "Exit codes: 0 ok (also when nothing matches), 1 unknown org or bad catalog,",
      "2 usage."
    })
public final class ListCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Mixin FilterOptions filters;
  @Mixin SortOptions sorting;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Listing.class,
      description =
          "Write ${COMPLETION-CANDIDATES} (default: table; json, csv and tsv have the fields of docs/json.md).")
  OutputFormat format;

  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat chosen = output.format(format, OutputFormat.TABLE);
    Catalog catalog = root.catalog();
    List<Model> models =
        new QueryEngine(catalog.index()).run(query(new ModelLookup(catalog.index())));
    Results.print(root, output, sorting, catalog, models, chosen);
    return ExitCodes.OK;
  }

  /** The query these options stand for. */
  ModelQuery query(ModelLookup lookup) {
    return sorting.query(filters.criteria(lookup));
  }
}
