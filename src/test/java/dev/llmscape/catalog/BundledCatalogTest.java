package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.ParamSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the bundled catalog honest: the integrity rules every release must pass. */
class BundledCatalogTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> LINK_KINDS =
      Set.of("paper", "blog", "code", "modelCard", "website", "report", "video");
  private static Catalog catalog;

  @BeforeAll
  static void load() {
    catalog = CatalogLoader.bundled();
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

  @Test
  void idsAreSlugsAndNamesAndAliasesAreUniqueAfterNormalisation() {
    Map<String, String> owner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Model m : catalog.models()) {
      if (!SLUG.matcher(m.id()).matches()) {
        problems.add("bad id " + m.id());
      }
      Set<String> own = new HashSet<>();
      List<String> names = new ArrayList<>(m.aliases());
      names.add(m.id());
      names.add(m.name());
      if (m.nameZh() != null) {
        names.add(m.nameZh());
      }
      for (String name : names) {
        String key = Names.key(name);
        if (own.add(key)) {
          String previous = owner.putIfAbsent(key, m.id());
          if (previous != null) {
            problems.add("'" + name + "' of " + m.id() + " collides with " + previous);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyOrgAndBaseResolvesAndThereAreNoCycles() {
    // Catalog.of already rejects unknown orgs and bases; here: no cycles.
    Map<String, Integer> state = new HashMap<>();
    for (Model m : catalog.models()) {
      walk(m.id(), state, new ArrayList<>());
    }
  }

  private void walk(String id, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(id);
    if (s != null && s == 2) {
      return;
    }
    path.add(id);
    if (s != null && s == 1) {
      fail("lineage cycle: " + String.join(" -> ", path));
    }
    state.put(id, 1);
    for (Lineage edge : catalog.index().byId(id).bases()) {
      walk(edge.baseId(), state, path);
    }
    state.put(id, 2);
    path.remove(path.size() - 1);
  }

  @Test
  void datesAreNotAfterTheCatalogDate() {
    LocalDate limit = catalog.date().latest();
    List<String> late =
        catalog.models().stream()
            .filter(m -> m.released() != null && m.released().earliest().isAfter(limit))
            .map(Model::id)
            .toList();
    assertEquals(List.of(), late);
    for (Model m : catalog.models()) {
      for (Lineage edge : m.bases()) {
        if (edge.since() != null) {
          assertTrue(!edge.since().earliest().isAfter(limit), m.id());
        }
      }
    }
  }

  @Test
  void numericParamsAgreeWithTheirText() {
    List<String> problems = new ArrayList<>();
    for (Model m : catalog.models()) {
      ParamSize p = m.params();
      if (m.category() == Category.FRAMEWORK) {
        if (p != null) {
          problems.add(m.id() + ": frameworks have no params");
        }
        continue;
      }
      if (p == null || !p.known()) {
        continue;
      }
      // The smallest and largest counts written in the text must agree with min and max to
      // within 10% (texts round: LLaMA's "7B" is 6.7B parameters).
      List<Long> written = countsIn(p.text());
      if (written.isEmpty()
          || !near(written.stream().min(Long::compare).get(), p.min())
          || !near(written.stream().max(Long::compare).get(), p.max())) {
        problems.add(m.id() + ": text '" + p.text() + "' vs " + p.min() + ".." + p.max());
      }
    }
    assertEquals(List.of(), problems);
  }

  private static boolean near(long written, long exact) {
    return Math.abs(written - exact) <= exact / 10;
  }

  /** Counts such as 7B, 1.5T, 350M written in a text (ignores "8x7B"-style expert counts). */
  static List<Long> countsIn(String text) {
    List<Long> out = new ArrayList<>();
    // Active-parameter figures of mixture-of-experts models are not sizes.
    String sizes =
        text.replaceAll("\\([^)]*\\)", " ").replaceAll("\\d+(\\.\\d+)?\\s?[KMBT] active", " ");
    var m =
        Pattern.compile("(?<![A-Za-z\\d.])(\\d+(?:\\.\\d+)?)\\s?([KMBT])(?![a-zA-Z])")
            .matcher(sizes);
    while (m.find()) {
      out.add(ParamSize.parseCount(m.group(1) + m.group(2)));
    }
    return out;
  }

  @Test
  void everyModelHasAPrimarySourceAndOnlyHttpsLinks() {
    List<String> problems = new ArrayList<>();
    for (Model m : catalog.models()) {
      for (Map.Entry<String, String> link : m.links().entrySet()) {
        if (!LINK_KINDS.contains(link.getKey())) {
          problems.add(m.id() + ": unknown link kind " + link.getKey());
        }
        if (!link.getValue().startsWith("https://")) {
          problems.add(m.id() + ": not https: " + link.getValue());
        }
      }
      boolean sourced =
          m.category() == Category.FRAMEWORK
              ? !m.links().isEmpty()
              : m.links().keySet().stream()
                  .anyMatch(k -> Set.of("paper", "blog", "modelCard", "report").contains(k));
      if (!sourced) {
        problems.add(m.id() + ": no source link");
      }
    }
    assertEquals(List.of(), problems);
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
