package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.cli.completion.CatalogCandidates;
import dev.llmscape.model.Model;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.ModelCard;
import dev.llmscape.render.ModelJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape show NAME}: one model's detail card. */
@Command(
    name = "show",
    sortOptions = false,
    description = "Show everything the catalog knows about one model.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape show Chinchilla",
      "  llmscape show 龙猫             # Chinese names and aliases work too",
      "  llmscape show \"llama 2\" --json",
      "",
      "Names are matched ignoring case, spaces, hyphens and dots: llama2, LLaMA-2",
      "and \"Llama 2\" are the same.",
      "Exit codes: 0 ok, 1 unknown or ambiguous name, 2 usage."
    })
public final class ShowCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "NAME",
      completionCandidates = CatalogCandidates.ModelNames.class,
      description =
          "A model's name, id, alias or Chinese name; words not in quotes are one name"
              + " (show Claude 3.5 Sonnet).")
  List<String> words;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.TableOrJson.class,
      description = "Write ${COMPLETION-CANDIDATES} (default: table, the model's card).")
  OutputFormat format;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    output.rejectNoHeader("show", "a model card");
    OutputFormat chosen = output.format(format, OutputFormat.TABLE);
    Catalog catalog = root.catalog();
    // Checked before the look-up, so a bad --fields is a usage error whatever the name.
    FieldSelection fields = output.fields(ModelJson.ALL_FIELDS);
    ModelLookup lookup = new ModelLookup(catalog.index());
    Model model = lookup.model(String.join(" ", words));
    List<Model> derivatives = lookup.derivatives(model);
    var out = root.environment().out();
    if (chosen == OutputFormat.JSON) {
      JsonOutput.write(out, gen -> ModelJson.writeObject(gen, catalog, model, derivatives, fields));
    } else {
      ModelCard.print(out, root.terminal(), catalog, model, derivatives);
    }
    return ExitCodes.OK;
  }
}
