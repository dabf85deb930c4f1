package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.cli.completion.CatalogCandidates;
import dev.llmscape.model.Model;
import dev.llmscape.query.ModelComparison;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.render.ComparisonView;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.ModelFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code llmscape compare A B [C...]}: models side by side, fields as rows. */
@Command(
    name = "compare",
    sortOptions = false,
    aliases = "diff",
    description = {
      "Compare models side by side, fields as rows and models as columns.",
      "Shows org, category, release, openness, size (relative to the first), licence,",
      "bases and links, highlights the values that differ, and names the nearest model",
      "they all derive from."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape compare LLaMA \"LLaMA 2\" GPT-3",
      "  llmscape compare Vicuna Alpaca --json | jq .differences",
      "",
      "Exit codes: 0 ok, 1 unknown or ambiguous name, 2 usage."
    })
public final class CompareCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;

  @Parameters(
      arity = "2..*",
      paramLabel = "NAME",
      completionCandidates = CatalogCandidates.ModelNames.class,
      description = "Two or more model names, ids, aliases or Chinese names.")
  List<String> names = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.TableOrJson.class,
      description = "Write ${COMPLETION-CANDIDATES} (default: table).")
  OutputFormat format;

  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat chosen = output.format(format, OutputFormat.TABLE);
    // Checked first: a misspelt field is a usage error whatever the names are.
    FieldSelection fields = output.fields(ComparisonView.JSON_FIELDS);
    Catalog catalog = root.catalog();
    ModelLookup lookup = new ModelLookup(catalog.index());
    List<Model> models = names.stream().map(lookup::model).toList();
    ModelComparison comparison =
        ModelComparison.of(models, catalog.index(), ModelFields.comparedValues());
    var out = root.environment().out();
    if (chosen == OutputFormat.JSON) {
      JsonOutput.write(out, gen -> ComparisonView.writeJson(gen, catalog, comparison, fields));
    } else {
      ComparisonView.print(out, root.terminal(), catalog, comparison, output.header());
    }
    return ExitCodes.OK;
  }
}
