package dev.llmscape.model;

import java.util.List;
import java.util.Map;

/**
 * One catalog entry: a model, a chatbot product or a training framework.
 *
 * @param orgId the id of the organisation that built it
 * @param released first public release, at the precision known; null when unknown
 * @param params null when the catalog says nothing about size
 * @param bases lineage edges to the models it derives from
 * @param links kind (paper, blog, code, modelCard, website, report, video) to https URL, in catalog
 *     order
 * @param corrections what the seed README got wrong about this model, and the fix
 * @param seedSection the seed README's section for models that came from it, else null
 * @param facts what catalog format 2 adds (access, context, modalities...); {@link ModelFacts#NONE}
 *     for a version-1 entry
 */
public record Model(
    String id,
    String name,
    String nameZh,
    List<String> aliases,
    String orgId,
    Category category,
    ReleaseDate released,
    Openness openness,
    ParamSize params,
    List<Lineage> bases,
    List<String> trainedWith,
    Map<String, String> links,
    String license,
    String notes,
    List<String> corrections,
    String seedSection,
    ModelFacts facts) {

  /** A model without format-2 facts. */
  public Model(
      String id,
      String name,
      String nameZh,
      List<String> aliases,
      String orgId,
      Category category,
      ReleaseDate released,
      Openness openness,
      ParamSize params,
      List<Lineage> bases,
      List<String> trainedWith,
      Map<String, String> links,
      String license,
      String notes,
      List<String> corrections,
      String seedSection) {
    this(
        id,
        name,
        nameZh,
        aliases,
        orgId,
        category,
        released,
        openness,
        params,
        bases,
        trainedWith,
        links,
        license,
        notes,
        corrections,
        seedSection,
        ModelFacts.NONE);
  }

  public Model {
    facts = facts == null ? ModelFacts.NONE : facts;
    aliases = List.copyOf(aliases);
    bases = List.copyOf(bases);
    trainedWith = List.copyOf(trainedWith);
    links = ModelFacts.compact(links);
    corrections = List.copyOf(corrections);
  }

  /**
   * Hashes the id only: ids are unique in a catalog, and the record's default hash walks every list
   * and map of the model, which made set-based de-duplication in queries cost more than the query.
   * Consistent with the record's equals (equal models have equal ids).
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * The date queries and sorting use: the release, or the announcement for a model never released
   * (or whose release day is unknown).
   */
  public ReleaseDate dated() {
    return released != null ? released : facts.announced();
  }

  /** The ids of the models this one derives from, in catalog order. */
  public List<String> baseIds() {
    return bases.stream().map(Lineage::baseId).toList();
  }
}
