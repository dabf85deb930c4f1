package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Model;
import java.util.Comparator;
import java.util.Locale;

/** The orders a result can be listed in. Unknown values sort last whatever the direction. */
public enum SortKey {
  DATE,
  SIZE,
  NAME,
  ORG,
  CONTEXT,
  TOKENS,
  COMPUTE,
  ACTIVE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The comparator for this key; ties fall back to name so output is stable.
   *
   * @param reverse whether known values run descending
   */
  public Comparator<Model> comparator(CatalogIndex index, boolean reverse) {
    Comparator<Model> byName =
        Comparator.comparing((Model m) -> m.name().toLowerCase(Locale.ROOT))
            .thenComparing(Model::id);
    Comparator<Model> primary =
        switch (this) {
          case DATE -> nullsLast(Model::dated, reverse);
          case SIZE -> nullsLast(m -> m.params() == null ? null : m.params().max(), reverse);
          case NAME -> reverse ? byName.reversed() : byName;
          case ORG -> {
            Comparator<Model> org =
                Comparator.comparing(
                    (Model m) -> index.org(m.orgId()).name().toLowerCase(Locale.ROOT));
            yield reverse ? org.reversed() : org;
          }
          case CONTEXT -> nullsLast(NumericFact.CONTEXT::of, reverse);
          case TOKENS -> nullsLast(NumericFact.TOKENS::of, reverse);
          case COMPUTE -> nullsLast(NumericFact.COMPUTE::of, reverse);
          case ACTIVE -> nullsLast(NumericFact.ACTIVE::of, reverse);
        };
    return this == NAME ? primary : primary.thenComparing(byName);
  }

  private static <T extends Comparable<T>> Comparator<Model> nullsLast(
      java.util.function.Function<Model, T> key, boolean reverse) {
    Comparator<T> natural = Comparator.naturalOrder();
    return Comparator.comparing(key, Comparator.nullsLast(reverse ? natural.reversed() : natural));
  }
}
