package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the validator on a small catalog built in code: it fires, and only where due. */
class CatalogValidatorTest {
  private static final Org ORG =
      new Org("o", "Org", null, "Org", "US", List.of(), null, null, null, null);

  private static Model model(String id, String name, List<String> aliases, List<String> bases) {
    return new Model(
        id,
        name,
        null,
        aliases,
        "o",
        Category.FOUNDATION,
        ReleaseDate.parse("2024-01"),
        Openness.OPEN,
        null,
        bases.stream().map(Lineage::plain).toList(),
        List.of(),
        Map.of("paper", "https://example.com/" + id),
        null,
        null,
        List.of(),
        null);
  }

  private static List<String> rules(Model... models) {
    CatalogData data =
        new CatalogData(
            "t.json",
            "1",
            ReleaseDate.parse("2025-06"),
            List.of(ORG),
            List.of(models),
            List.of(),
            Map.of(),
            List.of());
    List<String> out = new ArrayList<>();
    CatalogValidator.check(List.of(new CatalogReader.Checked(data, List.of(), Set.of())))
        .problems()
        .forEach(p -> out.add(p.rule() + " " + p.model()));
    return out;
  }

  private static Model with(
      Model m, ParamSize params, ReleaseDate released, Map<String, String> links) {
    return new Model(
        m.id(),
        m.name(),
        m.nameZh(),
        m.aliases(),
        m.orgId(),
        m.category(),
        released,
        m.openness(),
        params,
        m.bases(),
        m.trainedWith(),
        links,
        m.license(),
        m.notes(),
        m.corrections(),
        m.seedSection());
  }

  @Test
  void aCleanCatalogHasNoProblems() {
    assertEquals(
        List.of(),
        rules(
            model("a", "A", List.of("Alpha"), List.of()),
            model("b", "B", List.of(), List.of("a"))));
  }

  @Test
  void duplicateIdsAndCollidingNames() {
    assertEquals(
        List.of("duplicate-id a"),
        rules(model("a", "A", List.of(), List.of()), model("a", "A again", List.of(), List.of())));
    assertEquals(
        List.of("name-collision b"),
        rules(
            model("a", "GPT 4", List.of(), List.of()),
            model("b", "B", List.of("gpt-4"), List.of())));
  }

  @Test
  void unknownBasesAndCyclesEveryOneReported() {
    assertEquals(
        List.of("unknown-base a", "unknown-base b", "cycle c"),
        rules(
            model("a", "A", List.of(), List.of("x")),
            model("b", "B", List.of(), List.of("y")),
            model("c", "C", List.of(), List.of("d")),
            model("d", "D", List.of(), List.of("c"))));
  }

  @Test
  void aModelLaterThanTheCatalogDate() {
    Model late =
        with(
            model("a", "A", List.of(), List.of()),
            null,
            ReleaseDate.parse("2025-07"),
            Map.of("paper", "https://x"));
    assertEquals(List.of("date a"), rules(late));
    Model sameMonth =
        with(late, null, ReleaseDate.parse("2025-06-30"), Map.of("paper", "https://x"));
    assertEquals(List.of(), rules(sameMonth));
  }

  @Test
  void paramsAgainstTheirText() {
    Model m = model("a", "A", List.of(), List.of());
    ReleaseDate d = m.released();
    Map<String, String> l = m.links();
    assertEquals(
        List.of(),
        rules(
            with(
                m,
                new ParamSize("6.7B-65B", 6_700_000_000L, 65_200_000_000L, List.of(), null, true),
                d,
                l)));
    assertEquals(
        List.of(),
        rules(
            with(
                m,
                new ParamSize(
                    "671B (37B active)",
                    671_000_000_000L,
                    671_000_000_000L,
                    List.of(),
                    37_000_000_000L,
                    true),
                d,
                l)));
    assertEquals(
        List.of("params a"),
        rules(
            with(
                m,
                new ParamSize("7B-70B", 7_000_000_000L, 13_000_000_000L, List.of(), null, true),
                d,
                l)));
    assertEquals(
        List.of("params a"),
        rules(
            with(
                m,
                new ParamSize("undisclosed", 7_000_000_000L, 7_000_000_000L, List.of(), null, true),
                d,
                l)));
    assertEquals(
        List.of(),
        rules(with(m, new ParamSize("undisclosed", null, null, List.of(), null, true), d, l)));
  }

  @Test
  void linksMustBeHttpsKnownAndIncludeAPrimarySource() {
    Model m = model("a", "A", List.of(), List.of());
    assertEquals(
        List.of("link a"), rules(with(m, null, m.released(), Map.of("paper", "http://x"))));
    assertEquals(
        List.of("source a"), rules(with(m, null, m.released(), Map.of("code", "https://x"))));
    assertEquals(
        List.of("schema a"),
        rules(with(m, null, m.released(), Map.of("paper", "https://x", "tweet", "https://y"))));
  }

  @Test
  void countsInTextsLeaveOutActiveAndExpertFigures() {
    assertEquals(List.of(7_000_000_000L, 70_000_000_000L), ContentRules.countsIn("7B-70B"));
    assertEquals(List.of(671_000_000_000L), ContentRules.countsIn("671B (37B active)"));
    assertEquals(List.of(46_700_000_000L), ContentRules.countsIn("8x7B, 46.7B"));
    assertTrue(ContentRules.countsIn("undisclosed").isEmpty());
  }

  @Test
  void userLayersReplaceByIdAndReportNewCollisions() {
    CatalogData bundled =
        new CatalogData(
            "bundled",
            "1",
            ReleaseDate.parse("2025"),
            List.of(ORG),
            List.of(
                model("a", "A", List.of(), List.of()), model("b", "B", List.of(), List.of("a"))),
            List.of(),
            Map.of(),
            List.of());
    CatalogData user =
        new CatalogData(
            "user",
            "u",
            ReleaseDate.parse("2026"),
            List.of(),
            List.of(
                model("b", "B2", List.of(), List.of("a")),
                model("c", "C", List.of("A"), List.of("b"))),
            List.of(),
            Map.of(),
            List.of());
    CatalogLayers.Merged merged = CatalogLayers.merge(List.of(bundled, user), true);
    assertEquals(List.of("a", "b", "c"), merged.data().models().stream().map(Model::id).toList());
    assertEquals("B2", merged.data().models().get(1).name());
    assertEquals(1, merged.overrides().size());
    assertEquals(1, merged.conflicts().size());
    assertEquals("c", merged.conflicts().get(0).model());
    assertEquals(ReleaseDate.parse("2026"), merged.data().date());
    assertEquals("bundled + user", merged.data().source());
  }
}
