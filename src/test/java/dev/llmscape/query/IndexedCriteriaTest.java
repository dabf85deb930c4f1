package dev.llmscape.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.llmscape.Cli;
import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Model;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine may start from any indexable criterion's candidates, so those must be exactly the
 * models the criterion accepts: otherwise the result would depend on which index was most
 * selective.
 */
class IndexedCriteriaTest {
  private static final CatalogIndex FIXTURE = Cli.catalog(Cli.fixturePath()).index();
  private static final CatalogIndex LINEAGE =
      Cli.catalog(Cli.resource("/derivations/catalog.json")).index();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org:Google",
        "open:unknown",
        "category:chat OR category:foundation",
        "size:7B..13B",
        "size:>=100B",
        "date:2022-01..2023-06",
        "date:unknown",
        "base:LLaMA",
        "from:T5",
        "from:PaLM",
        "org:Meta OR size:..1B"
      })
  void candidatesAreExactlyTheMatchesInTheFixture(String query) {
    check(FIXTURE, query);
  }

  @ParameterizedTest
  @ValueSource(strings = {"from:root", "base:root", "from:loop-a", "from:loop-b", "base:loop-b"})
  void candidatesAreExactlyTheMatchesAlongLineage(String query) {
    check(LINEAGE, query);
  }

  private static void check(CatalogIndex index, String query) {
    FilterParser parser = new FilterParser(FilterParser.Resolver.of(new ModelLookup(index)));
    List<Criterion> criteria = parser.parse(query);
    assertEquals(1, criteria.size());
    Criterion c = criteria.get(0);
    List<Model> candidates = c.candidates(index);
    assertNotNull(candidates, query + " is indexable");
    Set<String> expected =
        index.all().stream()
            .filter(m -> c.test(m, index))
            .map(Model::id)
            .collect(Collectors.toSet());
    Set<String> got = new HashSet<>(candidates.stream().map(Model::id).toList());
    assertEquals(expected, got, query);
  }
}
