package dev.llmscape.model;

/**
 * One lineage edge: the model it sits on derives from {@code baseId}.
 *
 * @param relation how it derives, or null when the sources do not say
 * @param since when the edge began, for bases that changed over time (Bard: LaMDA, then PaLM 2);
 *     null when it held from the start
 * @param confirmed false for an edge the sources only suggest (Claude 2's base)
 */
public record Lineage(String baseId, Relation relation, ReleaseDate since, boolean confirmed) {
  public Lineage(String baseId, Relation relation, ReleaseDate since) {
    this(baseId, relation, since, true);
  }

  public static Lineage plain(String baseId) {
    return new Lineage(baseId, null, null);
  }
}
