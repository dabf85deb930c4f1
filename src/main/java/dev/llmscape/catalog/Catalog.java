package dev.llmscape.catalog;

import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A loaded, consistent catalog: its header, its changelog and its indexes. */
public final class Catalog {
  private final CatalogData data;
  private final CatalogIndex index;

  private Catalog(CatalogData data, CatalogIndex index) {
    this.data = data;
    this.index = index;
  }

  /**
   * Checks what every command relies on (unique ids, orgs and bases that resolve) and builds the
   * indexes.
   *
   * @throws CatalogException naming the first broken reference and where it stands
   */
  public static Catalog of(CatalogData data) {
    Set<String> orgIds = new HashSet<>();
    for (Org org : data.orgs()) {
      if (!orgIds.add(org.id())) {
        throw at(data, "org:" + org.id(), "duplicate org id \"" + org.id() + "\"");
      }
    }
    Set<String> ids = new HashSet<>(data.models().size() * 4 / 3 + 16);
    for (Model m : data.models()) {
      if (!ids.add(m.id())) {
        throw at(data, m.id(), "duplicate model id \"" + m.id() + "\"");
      }
    }
    for (Model m : data.models()) {
      if (!orgIds.contains(m.orgId())) {
        throw at(data, m.id(), "model " + m.id() + " names unknown org \"" + m.orgId() + "\"");
      }
      for (Lineage base : m.bases()) {
        if (!ids.contains(base.baseId())) {
          throw at(
              data, m.id(), "model " + m.id() + " names unknown base \"" + base.baseId() + "\"");
        }
      }
      for (String framework : m.trainedWith()) {
        if (!ids.contains(framework)) {
          throw at(
              data, m.id(), "model " + m.id() + " names unknown framework \"" + framework + "\"");
        }
      }
    }
    return new Catalog(data, new CatalogIndex(data.orgs(), data.models()));
  }

  private static CatalogException at(CatalogData data, String key, String problem) {
    SourcePosition pos = data.positions().get(key);
    return pos == null
        ? new CatalogException(data.source(), 0, 0, problem)
        : new CatalogException(pos.source(), pos.line(), pos.column(), problem);
  }

  public CatalogIndex index() {
    return index;
  }

  public String source() {
    return data.source();
  }

  public String version() {
    return data.version();
  }

  public ReleaseDate date() {
    return data.date();
  }

  public List<ChangelogEntry> changelog() {
    return data.changelog();
  }

  public List<String> warnings() {
    return data.warnings();
  }

  public List<Model> models() {
    return data.models();
  }

  public List<Org> orgs() {
    return data.orgs();
  }

  /** The org a model belongs to; always present in a loaded catalog. */
  public Org orgOf(Model model) {
    return index.org(model.orgId());
  }

  /** Where a model's object starts in its file, or null. */
  public SourcePosition positionOf(String modelId) {
    return data.positions().get(modelId);
  }
}
