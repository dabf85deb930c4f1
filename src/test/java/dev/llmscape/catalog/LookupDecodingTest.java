package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.model.Model;
import dev.llmscape.query.FilterParser;
import dev.llmscape.query.LineageGraph;
import dev.llmscape.query.LineageNode;
import dev.llmscape.query.LineageTree;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.QueryEngine;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The common commands' look-ups over the bundled binary decode the models they answer with, not the
 * whole catalog: the name, id, base, size and date indexes are tables stored in the binary ({@link
 * StoredIndexTables}). Each case also answers as the catalog read from JSON does.
 */
class LookupDecodingTest {
  private final CatalogBinary.Decoded decoded = bundled();
  private final Catalog catalog = Catalog.decoded(decoded);
  private final Catalog json = CatalogLoader.bundledJson();

  private static CatalogBinary.Decoded bundled() {
    try {
      return CatalogBinary.decodeBundled(
          BundledFile.read(CatalogLoader.BUNDLED_BINARY.substring(1)), CatalogLoader.BUNDLED_NAME);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void showDecodesTheModelAndItsDerivativesOnly() {
    ModelLookup lookup = new ModelLookup(catalog.index());
    Model model = lookup.model("llama-2");
    List<Model> derivatives = lookup.derivatives(model);
    assertEquals(1 + derivatives.size(), decoded.decodedModels());
    assertTrue(derivatives.size() > 3, "llama-2 has derivatives: " + derivatives.size());
    ModelLookup expected = new ModelLookup(json.index());
    assertEquals(expected.derivatives(expected.model("llama-2")), derivatives);
  }

  @Test
  void aChineseNameFindsItsModelAlone() {
    Model model = new ModelLookup(catalog.index()).model("龙猫");
    assertEquals("chinchilla", model.id());
    assertEquals(1, decoded.decodedModels());
  }

  @Test
  void lineageDecodesTheModelsOfItsTree() {
    Model llama = new ModelLookup(catalog.index()).model("llama");
    LineageTree tree =
        new LineageGraph(catalog.index())
            .tree(llama, LineageGraph.Direction.BOTH, LineageGraph.UNLIMITED);
    Set<String> shown = new HashSet<>();
    collect(tree.up(), shown);
    collect(tree.down(), shown);
    assertEquals(shown.size(), decoded.decodedModels());
    assertTrue(shown.size() < catalog.index().size() / 2, "shown: " + shown.size());
  }

  private static void collect(LineageNode node, Set<String> into) {
    if (node != null) {
      into.add(node.model().id());
      node.children().forEach(c -> collect(c, into));
    }
  }

  @Test
  void filterDecodesTheSmallestCandidatesOnly() {
    List<Model> found = filter(catalog, "org:Google size:>=100B");
    int decodedByQuery = decoded.decodedModels();
    assertEquals(filter(json, "org:Google size:>=100B"), found);
    int google = 0;
    int bigGoogle = 0;
    for (String org : new ModelLookup(catalog.index()).orgIds("Google")) {
      for (Model m : catalog.index().byOrg(org)) {
        google++;
        for (long size : CatalogIndex.sizesOf(m.params())) {
          if (size >= 100_000_000_000L) {
            bigGoogle++;
            break;
          }
        }
      }
    }
    assertTrue(found.size() > 0 && found.size() < google, found.size() + " of " + google);
    // Google's places narrowed by the size index's before decoding: the candidates left alone
    // (models of 100B or more, by any released size) are decoded, not Google's every model.
    assertEquals(bigGoogle, decodedByQuery, "decoded of " + google + " Google models");
  }

  @Test
  void aSizeOrDateRangeDecodesItsMatchesOnly() {
    List<Model> found = filter(catalog, "size:>=500B date:2024");
    assertEquals(filter(json, "size:>=500B date:2024"), found);
    assertTrue(decoded.decodedModels() < catalog.index().size() / 4, "" + decoded.decodedModels());
  }

  @Test
  void theNearestCommonAncestorDecodesTheAncestriesOnly() {
    ModelLookup lookup = new ModelLookup(catalog.index());
    List<Model> pair = List.of(lookup.model("llama-2"), lookup.model("code-llama"));
    Model common = LineageGraph.nearestCommonAncestor(pair, catalog.index());
    int ancestors =
        new HashSet<>(LineageGraph.ancestors(pair.get(0), catalog.index()).keySet()).size()
            + LineageGraph.ancestors(pair.get(1), catalog.index()).size();
    assertTrue(decoded.decodedModels() <= ancestors, decoded.decodedModels() + " > " + ancestors);
    ModelLookup expected = new ModelLookup(json.index());
    assertEquals(
        LineageGraph.nearestCommonAncestor(
            List.of(expected.model("llama-2"), expected.model("code-llama")), json.index()),
        common);
  }

  @Test
  void listingAnOrgDecodesItsSegmentOnly() {
    List<Model> meta = catalog.index().byOrg("meta");
    assertEquals(Set.of("meta"), decoded.decodedOrgs());
    assertEquals(meta.size(), decoded.decodedModels());
  }

  private static List<Model> filter(Catalog catalog, String expression) {
    ModelLookup lookup = new ModelLookup(catalog.index());
    return new QueryEngine(catalog.index())
        .run(
            ModelQuery.all()
                .with(new FilterParser(FilterParser.Resolver.of(lookup)).parse(expression)));
  }
}
