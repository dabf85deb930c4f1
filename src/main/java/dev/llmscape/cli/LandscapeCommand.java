package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.Criterion;
import dev.llmscape.query.LandscapeSelection;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.render.LandscapeLayout;
import dev.llmscape.render.LandscapeSvg;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape landscape}: the models on a time axis, a lane per family, as an SVG picture. */
@Command(
    name = "landscape",
    sortOptions = false,
    description = {
      "Draw the landscape as SVG: models on a time axis, a lane per family, lineage",
      "edges by relation, open and closed told apart, mark size by parameters."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape landscape > landscape.svg       # foundation and notable models",
      "  llmscape landscape org:Meta > meta.svg   # every model of a query",
      "  llmscape landscape --all date:2024.. > recent.svg",
      "",
      "Without a query or filter it draws the notable models: all of the",
      "foundation, reasoning and multimodal categories, and any other model",
      "that another was built on. Each mark links to the model's paper (else",
      "its report, blog post or model card). Models without a release date are",
      "counted, not drawn. Exit codes: 0 ok (also when nothing matches), 1",
      "unknown org or bad catalog, 2 usage."
    })
public final class LandscapeCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;

  @Mixin QueryTerms query;

  @Option(
      names = "--all",
      description = "Every model (that the query selects), not only the notable ones.")
  boolean all;

  @Mixin FilterOptions filters;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Picture.class,
      description = "Write ${COMPLETION-CANDIDATES} (the only format, and the default).")
  OutputFormat format;

  /** The option's name before -o/--output; still read, no longer shown. */
  @Option(
      names = "--format",
      hidden = true,
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Picture.class)
  void oldFormat(OutputFormat value) {
    format = value;
  }

  @Override
  public Integer call() {
    Catalog catalog = root.catalog();
    ModelLookup lookup = new ModelLookup(catalog.index());
    List<Criterion> criteria = query.criteria(lookup, filters.criteria(lookup));
    List<Model> models = LandscapeSelection.select(catalog.index(), criteria, all);
    if (models.isEmpty() && root.terminal().tty()) {
      root.environment().err().println("no models match");
    }
    LandscapeLayout layout = LandscapeLayout.landscape(catalog, LandscapeSelection.among(models));
    LandscapeSvg.write(root.environment().out(), layout);
    return ExitCodes.OK;
  }
}
