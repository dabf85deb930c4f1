package dev.llmscape.query;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts over a catalog: how many models per category, family, year and openness. */
public record CatalogSummary(
    int models,
    int orgs,
    Map<String, Integer> byCategory,
    Map<String, Integer> byFamily,
    Map<String, Integer> byYear,
    Map<String, Integer> byOpenness) {

  public static CatalogSummary of(Catalog catalog) {
    List<Model> models = catalog.models();
    return new CatalogSummary(
        models.size(),
        catalog.orgs().size(),
        largestFirst(models, m -> m.category().id()),
        largestFirst(models, m -> catalog.orgOf(m).family()),
        inOrder(
            models, m -> m.released() == null ? "unknown" : Integer.toString(m.released().year())),
        largestFirst(models, m -> m.openness().word()));
  }

  private static Map<String, Integer> largestFirst(
      List<Model> models, Function<Model, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    models.forEach(m -> counts.merge(key.apply(m), 1, Integer::sum));
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Map<String, Integer> inOrder(List<Model> models, Function<Model, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    models.forEach(m -> counts.merge(key.apply(m), 1, Integer::sum));
    return new LinkedHashMap<>(counts);
  }
}
