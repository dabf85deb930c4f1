package dev.llmscape.query;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Modalities;
import dev.llmscape.model.Model;
import dev.llmscape.model.ParamSize;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts over a set of models: how many per category, family, org, year, openness, size bucket,
 * access class, architecture and modality. Largest first, except years and size buckets, which keep
 * their natural order. A model counts once under each modality it takes or gives.
 *
 * @param models how many models were counted
 * @param orgs how many orgs the catalog has (for the whole catalog) or the models come from
 */
public record CatalogSummary(
    int models,
    int orgs,
    Map<String, Integer> byCategory,
    Map<String, Integer> byFamily,
    Map<String, Integer> byYear,
    Map<String, Integer> byOpenness,
    Map<String, Integer> byOrg,
    Map<String, Integer> bySize,
    Map<String, Integer> byAccess,
    Map<String, Integer> byArchitecture,
    Map<String, Integer> byModality) {

  /** Size buckets by a model's largest released size, smallest first; "unknown" last. */
  public static final List<String> SIZE_BUCKETS =
      List.of("<1B", "1B-10B", "10B-100B", "100B-1T", ">=1T", "unknown");

  /** The counts over the whole catalog. */
  public static CatalogSummary of(Catalog catalog) {
    return of(catalog, catalog.models(), catalog.orgs().size());
  }

  /** The counts over some of the catalog's models (a query's result). */
  public static CatalogSummary of(Catalog catalog, List<Model> models) {
    return of(catalog, models, (int) models.stream().map(Model::orgId).distinct().count());
  }

  private static CatalogSummary of(Catalog catalog, List<Model> models, int orgs) {
    Map<String, Integer> bySize = new LinkedHashMap<>();
    SIZE_BUCKETS.forEach(b -> bySize.put(b, 0));
    models.forEach(m -> bySize.merge(sizeBucket(m.params()), 1, Integer::sum));
    bySize.values().removeIf(count -> count == 0);
    return new CatalogSummary(
        models.size(),
        orgs,
        largestFirst(models, m -> m.category().id()),
        largestFirst(models, m -> catalog.orgOf(m).family()),
        byYear(models),
        largestFirst(models, m -> m.openness().word()),
        largestFirst(models, m -> catalog.orgOf(m).name()),
        bySize,
        largestFirst(models, m -> m.facts().access() == null ? "unknown" : m.facts().access().id()),
        largestFirst(
            models,
            m -> m.facts().architecture() == null ? "unknown" : m.facts().architecture().id()),
        byModality(models));
  }

  /** The counts along one breakdown. */
  public Map<String, Integer> by(Breakdown breakdown) {
    return switch (breakdown) {
      case ORG -> byOrg;
      case FAMILY -> byFamily;
      case YEAR -> byYear;
      case OPEN -> byOpenness;
      case CATEGORY -> byCategory;
      case SIZE -> bySize;
      case ACCESS -> byAccess;
      case ARCH -> byArchitecture;
      case MODALITY -> byModality;
    };
  }

  private static Map<String, Integer> byModality(List<Model> models) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Model m : models) {
      Modalities mods = m.facts().modalities();
      if (mods == null) {
        counts.merge("unknown", 1, Integer::sum);
      } else {
        mods.all().forEach(mod -> counts.merge(mod.id(), 1, Integer::sum));
      }
    }
    return sortedLargestFirst(counts);
  }

  /** The bucket of {@link #SIZE_BUCKETS} a model's largest released size falls in. */
  public static String sizeBucket(ParamSize params) {
    if (params == null || !params.known()) {
      return "unknown";
    }
    long max = params.max();
    if (max < 1_000_000_000L) {
      return "<1B";
    }
    if (max < 10_000_000_000L) {
      return "1B-10B";
    }
    if (max < 100_000_000_000L) {
      return "10B-100B";
    }
    if (max < 1_000_000_000_000L) {
      return "100B-1T";
    }
    return ">=1T";
  }

  private static Map<String, Integer> largestFirst(
      List<Model> models, Function<Model, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    models.forEach(m -> counts.merge(key.apply(m), 1, Integer::sum));
    return sortedLargestFirst(counts);
  }

  private static Map<String, Integer> sortedLargestFirst(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Counts per year, oldest first, "unknown" last, with every year between the first and the last:
   * a year left out because nothing was released in it would make its neighbours look adjacent.
   */
  private static Map<String, Integer> byYear(List<Model> models) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    int unknown = 0;
    for (Model m : models) {
      if (m.dated() == null) {
        unknown++;
      } else {
        counts.merge(m.dated().year(), 1, Integer::sum);
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    if (!counts.isEmpty()) {
      int first = counts.firstKey();
      int last = counts.lastKey();
      for (int year = first; year <= last; year++) {
        out.put(Integer.toString(year), counts.getOrDefault(year, 0));
      }
    }
    if (unknown > 0) {
      out.put("unknown", unknown);
    }
    return out;
  }
}
