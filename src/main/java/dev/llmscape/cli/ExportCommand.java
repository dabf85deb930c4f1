package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.Criterion;
import dev.llmscape.query.LandscapeSelection;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.render.HtmlExport;
import dev.llmscape.render.LandscapeLayout;
import dev.llmscape.render.MarkdownExport;
import dev.llmscape.render.ModelJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code llmscape export}: the models as a Markdown landscape, CSV, TSV, JSON Lines, JSON or a web
 * page.
 */
@Command(
    name = "export",
    sortOptions = false,
    description =
        "Write models as Markdown (the seed README's tables), CSV, TSV, JSON Lines, JSON or"
            + " a web page.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape export > LANDSCAPE.md             # the landscape README",
      "  llmscape export --lang zh > README.zh.md   # the seed's Chinese headings",
      "  llmscape export -o csv > models.csv",
      "  llmscape export -o tsv --fields id,name,released --open",
      "  llmscape export -o jsonl --since 2025 | jq -c '{name, open}'",
      "  llmscape export -o html > index.html       # open index.html#q=qwen",
      "  llmscape export -o csv --sort -date --limit 20 # the 20 newest",
      "",
      "HTML: one self-contained page (no network) with the landscape picture,",
      "a sortable table, a filter box (the URL's #q=...) and a card per model.",
      "CSV/TSV: a header row (--no-header drops it), lists joined with ';',",
      "links as kind=url, open as yes/no. JSON is the same as list --json.",
      "Exit codes: 0 ok, 1 unknown org or bad catalog, 2 usage (an unknown",
      "--fields name lists the available ones)."
    })
public final class ExportCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Spec CommandSpec spec;

  @Mixin QueryTerms query;
  @Mixin FilterOptions filters;
  @Mixin SortOptions sorting;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Export.class,
      description =
          "Write ${COMPLETION-CANDIDATES} (default: markdown, the seed README's tables; html: a"
              + " web page).")
  OutputFormat format;

  /** The option's name before -o/--output; still read, no longer shown. */
  @Option(
      names = "--format",
      hidden = true,
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Export.class)
  void oldFormat(OutputFormat value) {
    format = value;
  }

  @Mixin OutputOptions output;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Markdown headings and words: en (default) or zh, the seed's Chinese.")
  MarkdownExport.Lang lang;

  @Override
  public Integer call() {
    OutputFormat chosen = output.format(format, OutputFormat.MARKDOWN);
    if (chosen != OutputFormat.MARKDOWN && lang != null) {
      throw new UsageError("--lang applies to markdown only");
    }
    Catalog catalog = root.catalog();
    if (chosen == OutputFormat.HTML) {
      return html(catalog);
    }
    List<Model> models = query.select(catalog, filters, sorting);
    if (chosen == OutputFormat.MARKDOWN) {
      MarkdownExport.write(
          root.environment().out(), catalog, models, lang == null ? MarkdownExport.Lang.EN : lang);
    } else {
      Results.write(
          root.environment().out(),
          chosen,
          catalog,
          models,
          output.fields(ModelJson.SUMMARY_FIELDS),
          output.header());
    }
    return ExitCodes.OK;
  }

  /** The page: the selected models in the table, the landscape of the same query on top. */
  private int html(Catalog catalog) {
    ModelLookup lookup = new ModelLookup(catalog.index());
    List<Criterion> criteria = query.criteria(lookup, filters.criteria(lookup));
    List<Model> models = LandscapeSelection.select(catalog.index(), criteria, true);
    List<Model> drawn = LandscapeSelection.select(catalog.index(), criteria, false);
    LandscapeLayout picture = LandscapeLayout.landscape(catalog, LandscapeSelection.among(drawn));
    HtmlExport.write(root.environment().out(), catalog, models, picture);
    return ExitCodes.OK;
  }
}
