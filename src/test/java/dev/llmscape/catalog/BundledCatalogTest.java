package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.model.Category;
import dev.llmscape.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the bundled catalog honest: the integrity rules every release must pass. */
class BundledCatalogTest {
  private static Catalog catalog;
  private static CatalogValidator.Report report;

  @BeforeAll
  static void load() {
    catalog = CatalogLoader.bundled();
    report = CatalogValidator.check(List.of(CatalogLoader.checkBundled()));
  }

  @Test
  void loadsWithoutWarnings() {
    assertEquals(List.of(), catalog.warnings());
  }

  @Test
  void hasAtLeast300ModelsAnd40Multimodal() {
    assertTrue(catalog.models().size() >= 300, "models: " + catalog.models().size());
    assertTrue(
        catalog.index().byCategory(Category.MULTIMODAL).size() >= 40,
        "multimodal: " + catalog.index().byCategory(Category.MULTIMODAL).size());
    assertTrue(catalog.index().byCategory(Category.FRAMEWORK).size() >= 6);
  }

  /** What {@code llmscape validate} reports about the bundled catalog, by rule. */
  private static List<String> problems(String... rules) {
    Set<String> wanted = Set.of(rules);
    return report.problems().stream()
        .filter(p -> wanted.contains(p.rule()))
        .map(CatalogProblem::toString)
        .toList();
  }

  @Test
  void validateFindsNothingButMixturesOfExpertsWithoutAStatedActiveCount() {
    // A moe model whose developer never states its active parameters (Gemini) keeps a warning:
    // the catalog does not invent the count. Anything else is a problem to fix.
    assertEquals(
        List.of(),
        report.problems().stream()
            .filter(p -> !p.rule().equals("moe-active"))
            .map(CatalogProblem::toString)
            .toList());
    assertEquals(catalog.models().size(), report.models());
  }

  @Test
  void idsAreSlugsAndNamesAndAliasesAreUniqueAfterNormalisation() {
    assertEquals(List.of(), problems("schema", "duplicate-id", "name", "name-collision"));
  }

  @Test
  void everyOrgAndBaseResolvesAndThereAreNoCycles() {
    assertEquals(List.of(), problems("unknown-org", "unknown-base", "unknown-framework", "cycle"));
  }

  @Test
  void datesAreNotAfterTheCatalogDate() {
    assertEquals(List.of(), problems("date"));
  }

  @Test
  void numericParamsAgreeWithTheirText() {
    assertEquals(List.of(), problems("params"));
  }

  @Test
  void everyModelHasAPrimarySourceAndOnlyHttpsLinks() {
    assertEquals(List.of(), problems("source", "link"));
  }

  @Test
  void everySeedModelResolvesByTheSeedsOwnSpelling() throws IOException {
    Path fixture = Path.of("src", "test", "resources", "seed-names.txt");
    List<String> problems = new ArrayList<>();
    for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      List<Model> found = catalog.index().byName(parts[0]);
      if (found.size() != 1 || !found.get(0).id().equals(parts[1])) {
        problems.add(
            parts[0] + " -> " + found.stream().map(Model::id).toList() + ", want " + parts[1]);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everySeedOrgListsModels() {
    for (String org :
        List.of(
            "Google Brain",
            "DeepMind",
            "Google DeepMind",
            "Meta",
            "OpenAI",
            "EleutherAI",
            "Anthropic",
            "北京智源人工智能研究院",
            "BigScience",
            "Stanford",
            "Baidu",
            "LMSYS")) {
      List<String> ids = new ArrayList<>();
      catalog
          .index()
          .orgsNamed(org)
          .forEach(o -> ids.addAll(catalog.index().byOrg(o.id()).stream().map(Model::id).toList()));
      assertTrue(!ids.isEmpty(), org + " has models");
    }
  }
}
