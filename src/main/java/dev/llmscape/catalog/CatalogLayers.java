package dev.llmscape.catalog;

import dev.llmscape.catalog.CatalogProblem.Severity;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogs laid over each other (the bundled one, then user files): a model or org with a new id is
 * added, one with an id already there replaces it in place. The result keeps the first layer's
 * version and changelog, the latest date, and each entry's position in the file it came from.
 */
public final class CatalogLayers {
  private CatalogLayers() {}

  /**
   * The layers merged, with what the merge did.
   *
   * @param overrides a note per model or org that a later layer replaced
   * @param conflicts a warning per name that now finds two models, where a model from a user layer
   *     is involved (collisions within the first, trusted layer are {@code validate}'s business)
   */
  public record Merged(
      CatalogData data, List<CatalogProblem> overrides, List<CatalogProblem> conflicts) {}

  /**
   * Merges the layers, first at the bottom.
   *
   * @param trustedFirst the first layer is the bundled catalog: name collisions among its own
   *     models are not reported
   */
  public static Merged merge(List<CatalogData> layers, boolean trustedFirst) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("no catalog to merge");
    }
    if (layers.size() == 1) {
      // Nothing to lay over: the file is its own merge (copying 100,000 models and their
      // positions into a new catalog took a third of a first read). Its name conflicts still count.
      CatalogData only = layers.get(0);
      return new Merged(only, List.of(), conflicts(only, (id, other) -> !trustedFirst));
    }
    Map<String, Integer> orgSlot = new HashMap<>();
    Map<String, Integer> modelSlot = new HashMap<>();
    List<Org> orgs = new ArrayList<>();
    List<SourcePosition> orgAt = new ArrayList<>();
    List<Integer> orgLayer = new ArrayList<>();
    List<Model> models = new ArrayList<>();
    List<SourcePosition> modelAt = new ArrayList<>();
    List<Integer> modelLayer = new ArrayList<>();
    Map<String, Integer> winner = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    List<CatalogProblem> overrides = new ArrayList<>();
    ReleaseDate date = null;
    List<String> sources = new ArrayList<>();
    for (int layer = 0; layer < layers.size(); layer++) {
      CatalogData data = layers.get(layer);
      sources.add(data.source());
      warnings.addAll(data.warnings());
      if (data.date() != null && (date == null || data.date().compareTo(date) > 0)) {
        date = data.date();
      }
      for (int i = 0; i < data.orgs().size(); i++) {
        Org org = data.orgs().get(i);
        SourcePosition at = data.orgPositions().get(i);
        Integer slot = orgSlot.get(org.id());
        if (slot == null || orgLayer.get(slot) == layer) {
          // Duplicates within one layer stay, for Catalog.of and validate to report.
          orgSlot.putIfAbsent(org.id(), orgs.size());
          orgs.add(org);
          orgAt.add(at);
          orgLayer.add(layer);
        } else {
          overrides.add(note(at, "org " + org.id() + " replaces the one in " + orgAt.get(slot)));
          orgs.set(slot, org);
          orgAt.set(slot, at);
          orgLayer.set(slot, layer);
        }
        winner.put("org:" + org.id(), layer);
      }
      for (int i = 0; i < data.models().size(); i++) {
        Model m = data.models().get(i);
        SourcePosition at = data.modelPositions().get(i);
        Integer slot = modelSlot.get(m.id());
        if (slot == null || modelLayer.get(slot) == layer) {
          modelSlot.putIfAbsent(m.id(), models.size());
          models.add(m);
          modelAt.add(at);
          modelLayer.add(layer);
        } else {
          overrides.add(
              note(at, "model " + m.id() + " replaces the one in " + modelAt.get(slot))
                  .forModel(m.id()));
          models.set(slot, m);
          modelAt.set(slot, at);
          modelLayer.set(slot, layer);
        }
        winner.put(m.id(), layer);
      }
    }
    Map<String, SourcePosition> positions = new HashMap<>();
    for (int layer = 0; layer < layers.size(); layer++) {
      for (Map.Entry<String, SourcePosition> e : layers.get(layer).positions().entrySet()) {
        String key = e.getKey();
        int hash = key.indexOf('#');
        Integer owner = winner.get(hash < 0 ? key : key.substring(0, hash));
        if (owner != null && owner == layer) {
          positions.put(key, e.getValue());
        }
      }
    }
    CatalogData first = layers.get(0);
    CatalogData merged =
        new CatalogData(
            String.join(" + ", sources),
            first.version(),
            date,
            orgs,
            models,
            first.changelog(),
            positions,
            warnings,
            orgAt,
            modelAt);
    Map<String, Integer> layerOf = new LinkedHashMap<>();
    for (int i = 0; i < models.size(); i++) {
      layerOf.putIfAbsent(models.get(i).id(), modelLayer.get(i));
    }
    return new Merged(
        merged,
        overrides,
        conflicts(
            merged, (id, other) -> !trustedFirst || layerOf.get(id) > 0 || layerOf.get(other) > 0));
  }

  /** Names that find two models, as warnings, for the pairs of model ids the filter accepts. */
  private static List<CatalogProblem> conflicts(
      CatalogData data, java.util.function.BiPredicate<String, String> concerns) {
    return CatalogValidator.names(data, concerns).stream()
        .map(p -> p.withSeverity(Severity.WARNING))
        .toList();
  }

  private static CatalogProblem note(SourcePosition at, String message) {
    return new CatalogProblem(Severity.NOTE, "override", at, null, null, message);
  }
}
