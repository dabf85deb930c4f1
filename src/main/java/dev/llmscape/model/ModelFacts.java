package dev.llmscape.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts catalog format 2 adds to a model, each optional (null or empty when unknown, never
 * guessed), each with a source.
 *
 * @param access how it can be used; null when unknown (and for frameworks)
 * @param announced when it was announced, only where that differs from the release (or it was never
 *     released)
 * @param context native context window in tokens
 * @param maxOutput documented maximum output tokens
 * @param knowledgeCutoff the training-data cut-off its developer states
 * @param training tokens and compute, or null
 * @param ids its ids in other catalogs
 * @param sources fact path ({@link #FACTS}) to the https URL that states it
 * @param unconfirmed fact paths whose only source is third-party
 */
public record ModelFacts(
    Access access,
    ReleaseDate announced,
    Long context,
    Long maxOutput,
    Modalities modalities,
    ReleaseDate knowledgeCutoff,
    Architecture architecture,
    Training training,
    ExternalIds ids,
    Map<String, String> sources,
    List<String> unconfirmed) {

  /** The fact paths that need a source when present, in the order cards show them. */
  public static final List<String> FACTS =
      List.of(
          "access",
          "announced",
          "context",
          "maxOutput",
          "modalities",
          "knowledgeCutoff",
          "architecture",
          "params.active",
          "training.tokens",
          "training.computeFlop");

  /** Older facts a source or an unconfirmed mark may also name. */
  public static final List<String> OTHER_FACTS = List.of("released", "params", "license", "base");

  public static final ModelFacts NONE =
      new ModelFacts(
          null, null, null, null, null, null, null, null, ExternalIds.NONE, Map.of(), List.of());

  public ModelFacts {
    ids = ids == null ? ExternalIds.NONE : ids;
    sources = compact(sources);
    unconfirmed = List.copyOf(unconfirmed);
  }

  /**
   * An unmodifiable copy of a model's links or sources, in their order. Most models have none or
   * one (a model card): those take an immutable map of their own size rather than a LinkedHashMap
   * with its table and wrapper, about 250 bytes a model less, which a million-model catalog's heap
   * (and the collector copying it) feels.
   */
  static Map<String, String> compact(Map<String, String> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    if (map.size() == 1) {
      Map.Entry<String, String> only = map.entrySet().iterator().next();
      if (only.getKey() != null && only.getValue() != null) { // Map.of takes no nulls
        return Map.of(only.getKey(), only.getValue());
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Training tokens, or null. */
  public Figure tokens() {
    return training == null ? null : training.tokens();
  }

  /** Training compute in FLOP, or null. */
  public Figure computeFlop() {
    return training == null ? null : training.computeFlop();
  }

  /** Whether {@code fact} is marked as sourced only by third parties. */
  public boolean unconfirmed(String fact) {
    return unconfirmed.contains(fact);
  }

  /** The source URL of {@code fact}, or null. */
  public String source(String fact) {
    return sources.get(fact);
  }
}
