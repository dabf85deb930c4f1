package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.Criterion;
import dev.llmscape.query.LandscapeSelection;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.render.CsvExport;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.HtmlExport;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.LandscapeLayout;
import dev.llmscape.render.MarkdownExport;
import dev.llmscape.render.ModelJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
      "  llmscape export --format csv > models.csv",
      "  llmscape export --format tsv --fields id,name,released --open",
      "  llmscape export --format jsonl --since 2025 | jq -c '{name, open}'",
      "  llmscape export -o html > index.html     # open index.html#q=qwen",
      "  llmscape export --format csv --sort -date --limit 20 # the 20 newest",
      "",
      "HTML: one self-contained page (no network) with the landscape picture,",
      "a sortable table, a filter box (the URL's #q=...) and a card per model.",
      "CSV/TSV: a header row (--no-header drops it), lists joined with ';',",
      "links as kind=url. JSON is the same as list --json.",
      "Exit codes: 0 ok, 1 unknown org or bad catalog, 2 usage (an unknown",
      "--fields name lists the available ones)."
    })
public final class ExportCommand implements Callable<Integer> {
  /** The formats export writes. */
  enum Format {
    MARKDOWN,
    CSV,
    TSV,
    JSONL,
    JSON,
    HTML
  }

  @ParentCommand LlmscapeCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      description =
          "markdown, csv, tsv, jsonl, json or html (a web page; default: ${DEFAULT-VALUE}); -o"
              + " FORMAT is the same.")
  Format format = Format.MARKDOWN;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Markdown headings and words: en (default) or zh, the seed's Chinese.")
  MarkdownExport.Lang lang;

  @Option(names = "--no-header", description = "CSV and TSV: leave out the header row.")
  boolean noHeader;

  @Mixin FieldOptions fields;
  @Mixin JqOption jq;
  @Mixin FilterOptions filters;
  @Mixin SortOptions sorting;
  @Mixin QueryTerms query;

  @Override
  public Integer call() {
    Format shortFormat = query.shortFormat(Format.class);
    format = shortFormat != null ? shortFormat : format;
    if (jq.given()) {
      if (format != Format.MARKDOWN && format != Format.JSON) {
        throw new ParameterException(spec.commandLine(), "--jq applies to json output only");
      }
      format = Format.JSON;
    }
    if ((format == Format.MARKDOWN || format == Format.HTML) && fields.given()) {
      throw new ParameterException(
          spec.commandLine(),
          "--fields applies to csv, tsv, jsonl and json, not " + format.name().toLowerCase());
    }
    if (format != Format.MARKDOWN && lang != null) {
      throw new ParameterException(spec.commandLine(), "--lang applies to markdown only");
    }
    Catalog catalog = root.catalog();
    if (format == Format.HTML) {
      return html(catalog);
    }
    return run(catalog, query.select(catalog, filters, sorting));
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

  private int run(Catalog catalog, List<Model> models) {
    FieldSelection selected =
        format == Format.MARKDOWN ? null : fields.select(ModelJson.SUMMARY_FIELDS);
    var out = root.environment().out();
    switch (format) {
      case MARKDOWN ->
          MarkdownExport.write(out, catalog, models, lang == null ? MarkdownExport.Lang.EN : lang);
      case CSV -> CsvExport.write(out, catalog, models, selected, ',', !noHeader);
      case TSV -> CsvExport.write(out, catalog, models, selected, '\t', !noHeader);
      case JSONL -> {
        for (Model m : models) {
          JsonOutput.writeLine(
              out, gen -> ModelJson.writeObject(gen, catalog, m, List.of(), selected));
        }
        out.flush();
      }
      case JSON ->
          JsonOutput.write(out, gen -> ModelJson.writeList(gen, catalog, models, selected));
      case HTML -> throw new IllegalStateException("html is written by html()");
    }
    return ExitCodes.OK;
  }
}
