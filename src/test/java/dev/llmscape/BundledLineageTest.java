package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.model.Model;
import dev.llmscape.query.LineageGraph;
import dev.llmscape.query.LineageTree;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.LineageDiagram;
import dev.llmscape.render.LineageJson;
import dev.llmscape.render.LineageTreePrinter;
import dev.llmscape.render.TerminalContext;
import dev.llmscape.render.TreeCharset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The "done when" over the bundled catalog: the lineages people ask about first. */
class BundledLineageTest {
  private static String lineage(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "lineage";
    System.arraycopy(args, 0, all, 1, args.length);
    Cli.Result r = Cli.piped().run(all);
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }

  @Test
  void claude2IsBuiltOnAnthropicLm() {
    String out = lineage("Claude2", "--up");
    assertTrue(out.startsWith("Claude 2  Anthropic"), out);
    assertTrue(out.contains("└── Anthropic-LM v4-s3"), out);
  }

  @Test
  void claude2sGuessedBaseIsNotShownAsFact() {
    // The catalog marks the edge unconfirmed (Anthropic never said what Claude 2 was trained
    // from): the tree, the diagrams and the JSON say so, as show does.
    assertTrue(
        lineage("Claude2", "--up").contains("└── Anthropic-LM v4-s3 (unconfirmed)  Anthropic"),
        lineage("Claude2", "--up"));
    assertTrue(
        lineage("Claude2", "-o", "dot").contains("unconfirmed"), lineage("Claude2", "-o", "dot"));
    assertTrue(
        lineage("Claude2", "-o", "mermaid").contains("unconfirmed"),
        lineage("Claude2", "-o", "mermaid"));
    String json = lineage("Claude2", "--up", "--json");
    assertTrue(json.contains("\"confirmed\" : false"), json);
  }

  @Test
  void llamaHasAlpacaAndVicunaWithTheirOwnDescendants() {
    String out = lineage("LLaMA", "--down");
    assertTrue(out.contains("├── Alpaca (instruction-tuned)"), out);
    assertTrue(out.contains("├── Vicuna (chat)"), out);
    assertTrue(out.contains("│   ├── LLaVA (multimodal-extension)"), out);
  }

  @Test
  void t5HasT0AndFlanT5() {
    String out = lineage("T5");
    assertTrue(out.contains("T0 (instruction-tuned)"), out);
    assertTrue(out.contains("Flan-T5 (instruction-tuned)"), out);
  }

  @Test
  void vicunaIsBuiltOnLlamaAndBardChangedBases() {
    assertTrue(lineage("Vicuna", "--up").contains("└── LLaMA (chat)"));
    String bard = lineage("Bard", "--up");
    assertTrue(bard.contains("PaLM 2 (product-of, since 2023-05)"), bard);
  }

  @Test
  void everyModelsLineageRendersInEveryFormatWithoutCycles() {
    Catalog catalog = CatalogLoader.bundled();
    LineageGraph graph = new LineageGraph(catalog.index());
    StringWriter sink = new StringWriter();
    PrintWriter out = new PrintWriter(sink);
    for (Model m : catalog.models()) {
      LineageTree tree = graph.tree(m, LineageGraph.Direction.BOTH, LineageGraph.UNLIMITED);
      assertEquals(List.of(), tree.cycles(), m.id());
      LineageTreePrinter.print(out, TerminalContext.piped(), TreeCharset.UTF8, catalog, tree);
      JsonOutput.write(out, gen -> LineageJson.writeTree(gen, catalog, tree));
      LineageDiagram.dot(out, catalog, tree.subgraph(), Set.of(m.id()));
      LineageDiagram.mermaid(out, catalog, tree.subgraph(), Set.of(m.id()));
    }
    assertTrue(sink.toString().contains("Anthropic-LM v4-s3"));
  }
}
