package dev.llmscape.catalog;

import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A catalog file as read, before indexing. It may break the rules {@link Catalog#of} enforces:
 * {@link CatalogValidator} reports everything wrong with it.
 *
 * @param version null only when read for checking and the file has none
 * @param date null only when read for checking and the file has none
 * @param positions where each model and org object starts, by id ({@code org:ID} for orgs), for
 *     messages; when read for checking also where fields start ({@code ID#field})
 * @param warnings problems that do not stop loading (unknown fields), with their positions
 * @param orgPositions where each org starts, in the order of {@code orgs}
 * @param modelPositions where each model starts, in the order of {@code models}
 */
public record CatalogData(
    String source,
    String version,
    ReleaseDate date,
    List<Org> orgs,
    List<Model> models,
    List<ChangelogEntry> changelog,
    Map<String, SourcePosition> positions,
    List<String> warnings,
    List<SourcePosition> orgPositions,
    List<SourcePosition> modelPositions) {
  public CatalogData {
    orgs = List.copyOf(orgs);
    models = List.copyOf(models);
    changelog = List.copyOf(changelog);
    // Not copied: the reader hands over a map nobody else holds, and copying 100,000 entries shows.
    positions = java.util.Collections.unmodifiableMap(positions);
    warnings = List.copyOf(warnings);
    orgPositions = List.copyOf(orgPositions);
    modelPositions = List.copyOf(modelPositions);
    if (orgPositions.size() != orgs.size() || modelPositions.size() != models.size()) {
      throw new IllegalArgumentException("one position per org and per model");
    }
  }

  /** A catalog built in code: positions come from {@code positions} by id, or are unknown. */
  public CatalogData(
      String source,
      String version,
      ReleaseDate date,
      List<Org> orgs,
      List<Model> models,
      List<ChangelogEntry> changelog,
      Map<String, SourcePosition> positions,
      List<String> warnings) {
    this(
        source,
        version,
        date,
        orgs,
        models,
        changelog,
        positions,
        warnings,
        lookUp(source, positions, orgs.stream().map(o -> "org:" + o.id()).toList()),
        lookUp(source, positions, models.stream().map(Model::id).toList()));
  }

  private static List<SourcePosition> lookUp(
      String source, Map<String, SourcePosition> positions, List<String> keys) {
    List<SourcePosition> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      out.add(positions.getOrDefault(key, SourcePosition.unknown(source)));
    }
    return out;
  }

  /** Where a model's field (or, failing that, the model) starts. */
  public SourcePosition positionOf(String modelId, String field) {
    SourcePosition at = positions.get(modelId + "#" + field);
    if (at == null) {
      at = positions.get(modelId);
    }
    return at == null ? SourcePosition.unknown(source) : at;
  }
}
