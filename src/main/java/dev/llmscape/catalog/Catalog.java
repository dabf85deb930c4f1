package dev.llmscape.catalog;

import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
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
   * indexes. Lineage cycles are left to {@code validate} and to the lineage walks, which terminate
   * and report them: a user catalog with a cycle still answers {@code list} and {@code show}. The
   * other rules are {@code validate}'s ({@link CatalogValidator}).
   *
   * @throws CatalogException naming the first problem and where it stands
   */
  public static Catalog of(CatalogData data) {
    List<CatalogProblem> problems = new ArrayList<>(CatalogValidator.identity(data));
    if (problems.isEmpty()) {
      problems.addAll(CatalogValidator.references(data, Set.of()));
    }
    for (CatalogProblem p : problems) {
      if (p.isError() && !p.rule().equals("cycle")) {
        throw new CatalogException(
            p.at().source(), p.at().line(), p.at().column(), p.subjectAndMessage());
      }
    }
    return new Catalog(data, new CatalogIndex(data.orgs(), data.models()));
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
