package dev.llmscape.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Model;
import dev.llmscape.model.Relation;
import dev.llmscape.model.ReleaseDate;
import dev.llmscape.query.LineageGraph.Direction;
import dev.llmscape.query.LineageNode.Mark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lineage walks over the lineage fixture (src/test/resources/lineage). */
class LineageGraphTest {
  private static final CatalogIndex INDEX =
      Cli.catalog(Cli.resource("/lineage/catalog.json")).index();
  private static final CatalogIndex CYCLIC =
      Cli.catalog(Cli.resource("/lineage/cyclic.json")).index();
  private final LineageGraph graph = new LineageGraph(INDEX);

  private static Model m(String id) {
    return INDEX.byId(id);
  }

  /** Each node as "indent id mark", depth first. */
  private static List<String> outline(LineageNode node) {
    List<String> out = new ArrayList<>();
    outline(node, 0, out);
    return out;
  }

  private static void outline(LineageNode node, int depth, List<String> out) {
    out.add(
        "  ".repeat(depth)
            + node.model().id()
            + (node.mark() == Mark.NONE ? "" : " " + node.mark()));
    node.children().forEach(c -> outline(c, depth + 1, out));
  }

  @Test
  void downWalksTheDiamondOnceAndMarksTheRepeat() {
    LineageTree tree = graph.tree(m("llama"), Direction.DOWN, LineageGraph.UNLIMITED);
    assertNull(tree.up());
    assertEquals(
        List.of(
            "llama",
            "  alpaca",
            "    merged-camelid",
            "      merged-camelid-q4",
            "  vicuna",
            "    instructblip",
            "    merged-camelid REPEATED",
            "    tiny-vicuna"),
        outline(tree.down()));
    assertEquals(List.of(), tree.cycles());
  }

  @Test
  void upReachesEveryRootAndKeepsTheEdges() {
    LineageTree tree = graph.tree(m("bard"), Direction.UP, LineageGraph.UNLIMITED);
    assertNull(tree.down());
    LineageNode palm2 = tree.up().children().get(1);
    assertEquals("palm-2", palm2.model().id());
    assertEquals(Relation.PRODUCT_OF, palm2.edge().relation());
    assertEquals(ReleaseDate.parse("2023-05"), palm2.edge().since());
    assertEquals(
        List.of(
            "merged-camelid-q4",
            "  merged-camelid",
            "    alpaca",
            "      llama",
            "    vicuna",
            "      llama"),
        outline(graph.tree(m("merged-camelid-q4"), Direction.UP, LineageGraph.UNLIMITED).up()));
  }

  @Test
  void depthCountsLevelsInEachDirection() {
    LineageTree one = graph.tree(m("vicuna"), Direction.BOTH, 1);
    assertEquals(List.of("vicuna", "  llama"), outline(one.up()));
    assertEquals(
        List.of("vicuna", "  instructblip", "  merged-camelid DEPTH_LIMIT", "  tiny-vicuna"),
        outline(one.down()));
    LineageTree zero = graph.tree(m("vicuna"), Direction.BOTH, 0);
    assertEquals(Mark.DEPTH_LIMIT, zero.up().mark());
    assertEquals(Mark.NONE, graph.tree(m("loner"), Direction.BOTH, 0).down().mark());
    assertThrows(IllegalArgumentException.class, () -> graph.tree(m("vicuna"), Direction.UP, -1));
  }

  @Test
  void subgraphHasEachModelAndEdgeOnce() {
    Subgraph sub = graph.tree(m("llama"), Direction.BOTH, LineageGraph.UNLIMITED).subgraph();
    assertEquals(7, sub.models().size());
    List<String> edges =
        sub.edges().stream().map(e -> e.base().id() + ">" + e.derived().id()).toList();
    assertEquals(
        List.of(
            "llama>alpaca",
            "alpaca>merged-camelid",
            "merged-camelid>merged-camelid-q4",
            "llama>vicuna",
            "vicuna>instructblip",
            "vicuna>merged-camelid",
            "vicuna>tiny-vicuna"),
        edges);
  }

  @Test
  void pathPrefersDerivationEitherWayRound() {
    DerivationPath down = graph.path(m("llama"), m("merged-camelid-q4")).orElseThrow();
    assertEquals(DerivationPath.Kind.TO_DERIVES_FROM_FROM, down.kind());
    assertEquals(3, down.steps());
    // Alpaca comes first among Merged Camelid's bases, so the path goes through it.
    assertEquals(
        List.of("llama", "  alpaca", "    merged-camelid", "      merged-camelid-q4"),
        outline(down.tree()));
    DerivationPath up = graph.path(m("merged-camelid-q4"), m("llama")).orElseThrow();
    assertEquals(DerivationPath.Kind.FROM_DERIVES_FROM_TO, up.kind());
    assertEquals(outline(down.tree()), outline(up.tree()));
  }

  @Test
  void pathBetweenCousinsGoesThroughTheNearestCommonAncestor() {
    DerivationPath p = graph.path(m("tiny-vicuna"), m("instructblip")).orElseThrow();
    assertEquals(DerivationPath.Kind.COMMON_ANCESTOR, p.kind());
    assertEquals("vicuna", p.top().id());
    assertEquals(List.of("vicuna", "  tiny-vicuna", "  instructblip"), outline(p.tree()));
    assertEquals(1, p.steps());
  }

  @Test
  void unrelatedModelsHaveNoPathAndAModelIsItsOwn() {
    assertTrue(graph.path(m("loner"), m("llama")).isEmpty());
    assertTrue(graph.path(m("bard"), m("t5")).isEmpty());
    assertEquals(DerivationPath.Kind.SAME, graph.path(m("t5"), m("t5")).orElseThrow().kind());
  }

  @Test
  void cyclesTerminateAreMarkedAndReportedOnce() {
    LineageGraph cyclic = new LineageGraph(CYCLIC);
    LineageTree tree = cyclic.tree(CYCLIC.byId("alpha"), Direction.BOTH, LineageGraph.UNLIMITED);
    assertEquals(List.of("alpha", "  gamma", "    beta", "      alpha CYCLE"), outline(tree.up()));
    assertEquals(
        List.of("alpha", "  beta", "    gamma", "      alpha CYCLE", "    delta"),
        outline(tree.down()));
    assertEquals(1, tree.cycles().size());
    assertEquals(
        List.of("alpha", "gamma", "beta", "alpha"),
        tree.cycles().get(0).stream().map(Model::id).toList());
    // Found from another model of the cycle, it is the same cycle, started at the same place.
    LineageTree fromDelta = cyclic.tree(CYCLIC.byId("delta"), Direction.UP, LineageGraph.UNLIMITED);
    assertEquals(tree.cycles(), fromDelta.cycles());
    assertTrue(cyclic.path(CYCLIC.byId("gamma"), CYCLIC.byId("delta")).isPresent());
  }

  /**
   * One rule for both: validate and every walk, from any model of the cycle and either way, give
   * the cycle once, starting at its model that comes first in the catalog (here the one with the
   * greatest id, so neither "smallest id" nor "where the walk began" could pass).
   */
  @Test
  void validateAndEveryWalkReportACycleTheSameWay(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cyclic.json");
    Files.writeString(
        file,
        Files.readString(Cli.resource("/lineage/cyclic.json")).replace("\"alpha\"", "\"zeta\""));
    CatalogIndex index = Cli.catalog(file).index();
    LineageGraph cyclic = new LineageGraph(index);
    List<String> expected = List.of("zeta", "gamma", "beta", "zeta");
    for (String focus : List.of("zeta", "beta", "gamma", "delta")) {
      for (Direction direction : Direction.values()) {
        LineageTree tree = cyclic.tree(index.byId(focus), direction, LineageGraph.UNLIMITED);
        if (!tree.cycles().isEmpty()) {
          assertEquals(
              List.of(expected),
              tree.cycles().stream().map(c -> c.stream().map(Model::id).toList()).toList(),
              focus + " " + direction);
        }
      }
    }
    Cli.Result validate = Cli.piped().run("validate", file.toString());
    assertTrue(
        validate.out().contains("lineage cycle: zeta -> gamma -> beta -> zeta"), validate.out());
    assertEquals(1, validate.out().split("lineage cycle", -1).length - 1, validate.out());
  }
}
