package dev.llmscape.catalog;

import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** A loaded, consistent catalog: its header, its changelog and its indexes. */
public final class Catalog {
  private final String source;
  private final String version;
  private final ReleaseDate date;
  private final List<Org> orgs;
  private final List<ChangelogEntry> changelog;
  private final List<String> warnings;
  private final CatalogIndex index;
  private final Supplier<Map<String, SourcePosition>> positions;
  private Map<String, SourcePosition> positionMap;

  private Catalog(
      String source,
      String version,
      ReleaseDate date,
      List<Org> orgs,
      List<ChangelogEntry> changelog,
      List<String> warnings,
      CatalogIndex index,
      Supplier<Map<String, SourcePosition>> positions) {
    this.source = source;
    this.version = version;
    this.date = date;
    this.orgs = orgs;
    this.changelog = changelog;
    this.warnings = warnings;
    this.index = index;
    this.positions = positions;
  }

  /**
   * A catalog from its binary form, which was checked before it was written (at build time, or
   * before it went into the cache): models are decoded as queries ask for them.
   */
  static Catalog decoded(CatalogBinary.Decoded d) {
    return new Catalog(
        d.source,
        d.version,
        d.date,
        d.orgs,
        d.changelog,
        d.warnings,
        new CatalogIndex(d.orgs, d),
        new Supplier<>() { // a class, not a method reference: NoLambdaStartupTest
          @Override
          public Map<String, SourcePosition> get() {
            return d.positions();
          }
        });
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
    return new Catalog(
        data.source(),
        data.version(),
        data.date(),
        data.orgs(),
        data.changelog(),
        data.warnings(),
        new CatalogIndex(data.orgs(), ModelStore.of(data.models())),
        new Supplier<>() {
          @Override
          public Map<String, SourcePosition> get() {
            return data.positions();
          }
        });
  }

  public CatalogIndex index() {
    return index;
  }

  public String source() {
    return source;
  }

  public String version() {
    return version;
  }

  public ReleaseDate date() {
    return date;
  }

  public List<ChangelogEntry> changelog() {
    return changelog;
  }

  public List<String> warnings() {
    return warnings;
  }

  /** Every model in catalog order (from a binary catalog, this decodes them all). */
  public List<Model> models() {
    return List.copyOf(index.all());
  }

  public List<Org> orgs() {
    return orgs;
  }

  /** The org a model belongs to; always present in a loaded catalog. */
  public Org orgOf(Model model) {
    return index.org(model.orgId());
  }

  /** Where a model's object starts in its file, or null. */
  public synchronized SourcePosition positionOf(String modelId) {
    if (positionMap == null) {
      positionMap = positions.get();
    }
    return positionMap.get(modelId);
  }
}
