package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.cli.completion.CatalogCandidates;
import dev.llmscape.model.Model;
import dev.llmscape.query.DerivationPath;
import dev.llmscape.query.LineageGraph;
import dev.llmscape.query.LineageTree;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.Subgraph;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.LandscapeLayout;
import dev.llmscape.render.LandscapeSvg;
import dev.llmscape.render.LineageDiagram;
import dev.llmscape.render.LineageJson;
import dev.llmscape.render.LineageTreePrinter;
import dev.llmscape.render.TerminalContext;
import dev.llmscape.render.TreeCharset;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code llmscape lineage NAME}: what a model is built on and what was built on it. */
@Command(
    name = "lineage",
    sortOptions = false,
    description = {
      "Draw a model's ancestry and descendants as a tree.",
      "What a model is built on (up to the roots) and what was built on it, with the",
      "relation on each edge; with --to, how two models relate."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape lineage Claude2",
      "  llmscape lineage LLaMA --down --depth 1",
      "  llmscape lineage Bard --up",
      "  llmscape lineage LLaVA --to LLaMA       # the derivation path",
      "  llmscape lineage LLaMA -o dot | dot -Tsvg > llama.svg",
      "  llmscape lineage T5 -o mermaid          # for a ```mermaid block",
      "  llmscape lineage LLaMA -o svg > llama.svg  # on a time axis",
      "",
      "(*) marks a model whose subtree is shown above; ... (or \u2026) one cut by",
      "--depth. Exit codes: 0 ok, 1 unknown model or bad catalog (a lineage cycle",
      "is drawn, marked (cycle), and exits 1), 2 usage."
    })
public final class LineageCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      completionCandidates = CatalogCandidates.ModelNames.class,
      description = "A model's name, id, alias or Chinese name.")
  String name;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  DirectionChoice direction;

  static final class DirectionChoice {
    @Option(names = "--up", description = "Only ancestors: the models it is built on.")
    boolean up;

    @Option(names = "--down", description = "Only descendants: the models built on it.")
    boolean down;
  }

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "Show N levels in each direction (1: direct bases and derivatives).")
  Integer depth;

  @Option(
      names = "--to",
      paramLabel = "OTHER",
      completionCandidates = CatalogCandidates.ModelNames.class,
      description = "Show the derivation path between NAME and OTHER instead of the tree.")
  String to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Lineage.class,
      description =
          "Write ${COMPLETION-CANDIDATES}: the tree (default), nested JSON, Graphviz, Mermaid"
              + " or SVG on a time axis, as landscape.")
  OutputFormat format;

  /** The option's name before -o/--output; still read, no longer shown. */
  @Option(
      names = "--format",
      hidden = true,
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Lineage.class)
  void oldFormat(OutputFormat value) {
    format = value;
  }

  @Option(names = "--json", description = "Print the tree as nested JSON: -o json (docs/json.md).")
  boolean json;

  @picocli.CommandLine.Mixin JqOption jq;

  @Option(
      names = "--charset",
      paramLabel = "CHARSET",
      description =
          "Draw the tree with utf8 box-drawing or ascii characters (default: utf8 where"
              + " the locale is UTF-8, else ascii).")
  TreeCharset charset;

  @Override
  public Integer call() {
    format = OutputFormat.choose(format, json, jq.given(), OutputFormat.TABLE);
    json = format == OutputFormat.JSON;
    if (depth != null && depth < 0) {
      throw new UsageError("--depth must be 0 or more");
    }
    if (to != null && (direction != null || depth != null)) {
      throw new UsageError("--to cannot be combined with --up, --down or --depth");
    }
    Catalog catalog = root.catalog();
    ModelLookup lookup = new ModelLookup(catalog.index());
    Model model = lookup.model(name);
    LineageGraph graph = new LineageGraph(catalog.index());
    PrintWriter out = root.environment().out();
    TerminalContext ctx = root.terminal();
    TreeCharset cs = charset != null ? charset : TreeCharset.auto(ctx);
    if (to != null) {
      Model other = lookup.model(to);
      DerivationPath path = graph.path(model, other).orElse(null);
      Set<String> ends = Set.copyOf(List.of(model.id(), other.id()));
      if (json) {
        JsonOutput.write(out, gen -> LineageJson.writePath(gen, catalog, model, other, path));
      } else if (format != OutputFormat.TABLE) {
        draw(
            out,
            catalog,
            Subgraph.ofPath(model, other, path),
            ends,
            model.name() + " and " + other.name());
      } else if (path == null) {
        LineageTreePrinter.printUnrelated(out, model, other);
      } else {
        LineageTreePrinter.printPath(out, ctx, cs, catalog, path);
      }
      return ExitCodes.OK;
    }
    LineageTree tree =
        graph.tree(model, direction(), depth == null ? LineageGraph.UNLIMITED : depth);
    if (json) {
      JsonOutput.write(out, gen -> LineageJson.writeTree(gen, catalog, tree));
    } else if (format != OutputFormat.TABLE) {
      draw(out, catalog, tree.subgraph(), Set.of(model.id()), model.name());
    } else {
      LineageTreePrinter.print(out, ctx, cs, catalog, tree);
    }
    if (!tree.cycles().isEmpty()) {
      LineageTreePrinter.cycleWarnings(tree.cycles())
          .forEach(w -> root.environment().err().println("llmscape: " + w));
      return ExitCodes.NOT_FOUND_OR_BAD_DATA;
    }
    return ExitCodes.OK;
  }

  private void draw(
      PrintWriter out, Catalog catalog, Subgraph picture, Set<String> highlighted, String about) {
    if (format == OutputFormat.SVG) {
      LandscapeSvg.write(out, LandscapeLayout.lineage(catalog, picture, highlighted, about));
    } else if (format == OutputFormat.DOT) {
      LineageDiagram.dot(out, catalog, picture, highlighted);
    } else {
      LineageDiagram.mermaid(out, catalog, picture, highlighted);
    }
  }

  private LineageGraph.Direction direction() {
    if (direction == null) {
      return LineageGraph.Direction.BOTH;
    }
    return direction.up ? LineageGraph.Direction.UP : LineageGraph.Direction.DOWN;
  }
}
