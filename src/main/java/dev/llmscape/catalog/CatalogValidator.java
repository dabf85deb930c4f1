package dev.llmscape.catalog;

import dev.llmscape.catalog.CatalogProblem.Severity;
import dev.llmscape.model.Invisibles;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The catalog's rules beyond what reading checks (docs/catalog.md): unique ids and names, orgs and
 * bases that resolve, no lineage cycles, dates not after the catalog's date, parameter counts that
 * agree with their text, sourced models with https links, and the patterns of the JSON Schema. It
 * works on any {@link CatalogData}, also one that {@link Catalog#of} would reject, and reports
 * every problem, each with its model and position.
 */
public final class CatalogValidator {
  /** Link kinds a model may have. */
  public static final Set<String> LINK_KINDS =
      Set.of("paper", "blog", "code", "modelCard", "website", "report", "video");

  /** Link kinds that count as a primary source. */
  public static final Set<String> SOURCE_KINDS = Set.of("paper", "blog", "modelCard", "report");

  private CatalogValidator() {}

  /**
   * What {@code validate} found.
   *
   * @param sources the files checked, bottom layer first
   * @param models models in the (merged) catalog that could be read
   * @param orgs orgs in the (merged) catalog that could be read
   * @param problems every problem, file by file in position order
   */
  public record Report(List<String> sources, int models, int orgs, List<CatalogProblem> problems) {
    public Report {
      sources = List.copyOf(sources);
      problems = List.copyOf(problems);
    }

    public long errors() {
      return problems.stream().filter(CatalogProblem::isError).count();
    }

    public long warnings() {
      return problems.size() - errors();
    }
  }

  /**
   * Checks catalog files as they would be used: each file by itself ({@link #fileRules}), then,
   * when all could be read, the files laid over each other ({@link CatalogLayers}) for references,
   * cycles and names. One file is checked as a whole catalog.
   */
  public static Report check(List<CatalogReader.Checked> layers) {
    List<String> sources = new ArrayList<>();
    List<CatalogProblem> problems = new ArrayList<>();
    List<CatalogData> read = new ArrayList<>();
    Set<String> incomplete = new HashSet<>();
    for (CatalogReader.Checked layer : layers) {
      List<CatalogProblem> own = new ArrayList<>(layer.problems());
      if (layer.data() != null) {
        own.addAll(fileRules(layer.data()));
        read.add(layer.data());
        incomplete.addAll(layer.incomplete());
        sources.add(layer.data().source());
      } else {
        sources.add(layer.problems().isEmpty() ? "?" : layer.problems().get(0).at().source());
      }
      own.sort(BY_POSITION);
      problems.addAll(own);
    }
    if (read.isEmpty() || read.size() < layers.size()) {
      int models = read.stream().mapToInt(d -> d.models().size()).sum();
      int orgs = read.stream().mapToInt(d -> d.orgs().size()).sum();
      return new Report(sources, models, orgs, problems);
    }
    CatalogData merged = read.size() == 1 ? read.get(0) : CatalogLayers.merge(read, false).data();
    List<CatalogProblem> shared = new ArrayList<>(references(merged, incomplete));
    shared.addAll(names(merged));
    List<String> order = sources;
    shared.sort(
        java.util.Comparator.<CatalogProblem>comparingInt(p -> order.indexOf(p.at().source()))
            .thenComparing(BY_POSITION));
    problems.addAll(shared);
    return new Report(sources, merged.models().size(), merged.orgs().size(), problems);
  }

  private static final java.util.Comparator<CatalogProblem> BY_POSITION =
      java.util.Comparator.<CatalogProblem>comparingInt(p -> p.at().line())
          .thenComparingInt(p -> p.at().column());

  /**
   * The rules that hold within each file, whatever it is layered with: unique ids, the schema's
   * patterns, dates not after the file's date, parameter counts, links.
   */
  public static List<CatalogProblem> fileRules(CatalogData data) {
    List<CatalogProblem> out = new ArrayList<>(identity(data));
    out.addAll(content(data));
    return out;
  }

  /** Duplicate model and org ids. */
  public static List<CatalogProblem> identity(CatalogData data) {
    List<CatalogProblem> out = new ArrayList<>();
    Map<String, SourcePosition> orgs = new HashMap<>();
    for (int i = 0; i < data.orgs().size(); i++) {
      Org org = data.orgs().get(i);
      SourcePosition at = data.orgPositions().get(i);
      SourcePosition first = orgs.putIfAbsent(org.id(), at);
      if (first != null) {
        out.add(
            error(
                    "duplicate-id",
                    at,
                    "duplicate org id \"" + org.id() + "\" (first at " + first + ")")
                .forOrg(org.id()));
      }
    }
    Map<String, SourcePosition> models = new HashMap<>();
    for (int i = 0; i < data.models().size(); i++) {
      Model m = data.models().get(i);
      SourcePosition at = data.modelPositions().get(i);
      SourcePosition first = models.putIfAbsent(m.id(), at);
      if (first != null) {
        out.add(
            error(
                    "duplicate-id",
                    at,
                    "duplicate model id \"" + m.id() + "\" (first at " + first + ")")
                .forModel(m.id()));
      }
    }
    return out;
  }

  /**
   * Orgs, bases, frameworks and successor orgs that resolve, and no lineage cycles: what every
   * command relies on.
   */
  public static List<CatalogProblem> references(CatalogData data, Set<String> incomplete) {
    List<CatalogProblem> out = new ArrayList<>();
    Set<String> orgIds = new HashSet<>();
    data.orgs().forEach(o -> orgIds.add(o.id()));
    Map<String, Model> byId = new HashMap<>();
    data.models().forEach(m -> byId.putIfAbsent(m.id(), m));
    for (int i = 0; i < data.orgs().size(); i++) {
      Org org = data.orgs().get(i);
      String successor = org.mergedInto();
      if (successor != null
          && !orgIds.contains(successor)
          && !incomplete.contains("org:" + successor)) {
        out.add(
            error(
                    "unknown-org",
                    data.orgPositions().get(i),
                    "org " + org.id() + " was merged into unknown org \"" + successor + "\"")
                .forOrg(org.id()));
      }
    }
    for (int i = 0; i < data.models().size(); i++) {
      Model m = data.models().get(i);
      if (!orgIds.contains(m.orgId()) && !incomplete.contains("org:" + m.orgId())) {
        out.add(
            error(
                    "unknown-org",
                    data.positionOf(m.id(), "org"),
                    "model " + m.id() + " names unknown org \"" + m.orgId() + "\"")
                .forModel(m.id()));
      }
      for (Lineage base : m.bases()) {
        if (!byId.containsKey(base.baseId()) && !incomplete.contains(base.baseId())) {
          out.add(
              error(
                      "unknown-base",
                      data.positionOf(m.id(), "base"),
                      "model " + m.id() + " names unknown base \"" + base.baseId() + "\"")
                  .forModel(m.id()));
        }
      }
      for (String framework : m.trainedWith()) {
        if (!byId.containsKey(framework) && !incomplete.contains(framework)) {
          out.add(
              error(
                      "unknown-framework",
                      data.positionOf(m.id(), "trainedWith"),
                      "model " + m.id() + " names unknown framework \"" + framework + "\"")
                  .forModel(m.id()));
        }
      }
    }
    out.addAll(cycles(data, byId));
    return out;
  }

  /** Lineage cycles ({@link LineageCycles}), each reported once, on the model it starts at. */
  private static List<CatalogProblem> cycles(CatalogData data, Map<String, Model> byId) {
    List<CatalogProblem> out = new ArrayList<>();
    for (List<String> cycle : LineageCycles.find(data.models(), byId::get)) {
      String head = cycle.get(0);
      out.add(
          error(
                  "cycle",
                  data.positionOf(head, "base"),
                  "lineage cycle: " + String.join(" -> ", cycle))
              .forModel(head));
    }
    return out;
  }

  /**
   * Names, Chinese names, aliases and ids unique across models after {@link Names#key}
   * normalisation, so that every name finds one model.
   */
  public static List<CatalogProblem> names(CatalogData data) {
    return names(data, (id, other) -> true);
  }

  /** A field of a model that names it, as the catalog spells it and as a message says it. */
  private enum NameField {
    ID("id", "id"),
    NAME("name", "name"),
    NAME_ZH("nameZh", "Chinese name"),
    ALIAS("aliases", "alias");

    final String json;
    final String word;

    NameField(String json, String word) {
      this.json = json;
      this.word = word;
    }
  }

  /** One name of a model: which model, in which field, as written. */
  private record NameUse(String modelId, NameField field, String written) {}

  /**
   * Name collisions, reported only where {@code report.test(model, earlierModel)} says; an unusable
   * (empty) name is always reported.
   */
  static List<CatalogProblem> names(CatalogData data, BiPredicate<String, String> report) {
    List<CatalogProblem> out = new ArrayList<>();
    Map<String, NameUse> owner = new HashMap<>(); // name key -> its first use
    for (Model m : data.models()) {
      List<NameUse> names = new ArrayList<>();
      names.add(new NameUse(m.id(), NameField.ID, m.id()));
      names.add(new NameUse(m.id(), NameField.NAME, m.name()));
      if (m.nameZh() != null) {
        names.add(new NameUse(m.id(), NameField.NAME_ZH, m.nameZh()));
      }
      m.aliases().forEach(a -> names.add(new NameUse(m.id(), NameField.ALIAS, a)));
      Set<String> own = new HashSet<>();
      for (NameUse name : names) {
        String key = Names.key(name.written());
        if (key.isEmpty()) {
          out.add(
              error(
                      "name",
                      data.positionOf(m.id(), name.field().json),
                      "\"" + name.written() + "\" has no letters or digits to look it up by")
                  .forModel(m.id()));
          continue;
        }
        int invisible = Invisibles.first(name.written());
        if (invisible >= 0) {
          out.add(
              error(
                      "name",
                      data.positionOf(m.id(), name.field().json),
                      String.format(
                          "\"%s\" has an invisible character (U+%04X) that makes it look like"
                              + " another name",
                          name.written(), invisible))
                  .forModel(m.id()));
        }
        if (own.add(key)) {
          NameUse previous = owner.putIfAbsent(key, name);
          if (previous != null
              && !previous.modelId().equals(m.id())
              && report.test(m.id(), previous.modelId())) {
            out.add(
                error(
                        "name-collision",
                        data.positionOf(m.id(), name.field().json),
                        name.field().word
                            + " \""
                            + name.written()
                            + "\" is also a name of model "
                            + previous.modelId()
                            + " ("
                            + previous.field().word
                            + " \""
                            + previous.written()
                            + "\")")
                    .forModel(m.id()));
          }
        }
      }
    }
    return out;
  }

  /** The schema's patterns, dates, parameter counts and links of each org and model. */
  public static List<CatalogProblem> content(CatalogData data) {
    return ContentRules.check(data);
  }

  private static CatalogProblem error(String rule, SourcePosition at, String message) {
    return new CatalogProblem(Severity.ERROR, rule, at, null, null, message);
  }
}
