package dev.llmscape.query;

import java.util.List;

/**
 * What to list: conditions that must all hold, an order and an optional cap. Both {@code list}'s
 * options and {@code filter}'s qualifiers become this one object.
 *
 * @param limit the most models to return, or null for all
 */
public record ModelQuery(List<Criterion> criteria, SortKey sort, boolean reverse, Integer limit) {
  public ModelQuery {
    criteria = List.copyOf(criteria);
  }

  public static ModelQuery all() {
    return new ModelQuery(List.of(), SortKey.DATE, false, null);
  }

  /** The same query with these criteria instead. */
  public ModelQuery with(List<Criterion> criteria) {
    return new ModelQuery(criteria, sort, reverse, limit);
  }
}
