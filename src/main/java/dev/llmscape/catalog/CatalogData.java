package dev.llmscape.catalog;

import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.util.List;
import java.util.Map;

/**
 * A catalog file as read, before indexing.
 *
 * @param positions where each model and org object starts, by id, for messages
 * @param warnings problems that do not stop loading (unknown fields), with their positions
 */
public record CatalogData(
    String source,
    String version,
    ReleaseDate date,
    List<Org> orgs,
    List<Model> models,
    List<ChangelogEntry> changelog,
    Map<String, SourcePosition> positions,
    List<String> warnings) {
  public CatalogData {
    orgs = List.copyOf(orgs);
    models = List.copyOf(models);
    changelog = List.copyOf(changelog);
    // Not copied: the reader hands over a map nobody else holds, and copying 100,000 entries shows.
    positions = java.util.Collections.unmodifiableMap(positions);
    warnings = List.copyOf(warnings);
  }
}
