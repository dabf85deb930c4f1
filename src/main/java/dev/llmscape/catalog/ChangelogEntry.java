package dev.llmscape.catalog;

import dev.llmscape.model.ReleaseDate;
import java.util.List;

/** What one catalog version changed. */
public record ChangelogEntry(String version, ReleaseDate date, List<String> changes) {
  public ChangelogEntry {
    changes = List.copyOf(changes);
  }
}
