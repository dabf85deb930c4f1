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
    return new Order(this, index, reverse);
  }

  /**
   * One key's order, then name and id. A class of its own rather than {@code Comparator.comparing}
   * and {@code thenComparing}: each of those spins a lambda class inside {@code
   * java.util.Comparator} on first use, which a JDK 17 class-data archive of a training run does
   * not hold (about a millisecond each at start-up, docs/performance.md).
   */
  private record Order(SortKey key, CatalogIndex index, boolean reverse)
      implements Comparator<Model> {
    @Override
    public int compare(Model a, Model b) {
      if (key != NAME) {
        int primary = primary(a, b);
        if (primary != 0) {
          return primary;
        }
      }
      int byName = a.name().toLowerCase(Locale.ROOT).compareTo(b.name().toLowerCase(Locale.ROOT));
      if (byName == 0) {
        byName = a.id().compareTo(b.id());
      }
      return key == NAME && reverse ? -byName : byName;
    }

    private int primary(Model a, Model b) {
      return switch (key) {
        case DATE -> nullsLast(a.dated(), b.dated());
        case SIZE -> nullsLast(maxSize(a), maxSize(b));
        case ORG -> {
          int c = orgName(a).compareTo(orgName(b));
          yield reverse ? -c : c;
        }
        case CONTEXT -> nullsLast(NumericFact.CONTEXT.of(a), NumericFact.CONTEXT.of(b));
        case TOKENS -> nullsLast(NumericFact.TOKENS.of(a), NumericFact.TOKENS.of(b));
        case COMPUTE -> nullsLast(NumericFact.COMPUTE.of(a), NumericFact.COMPUTE.of(b));
        case ACTIVE -> nullsLast(NumericFact.ACTIVE.of(a), NumericFact.ACTIVE.of(b));
        case NAME -> 0;
      };
    }

    /** Known values in this order's direction, unknown (null) ones last either way. */
    private <T extends Comparable<T>> int nullsLast(T x, T y) {
      if (x == null || y == null) {
        return x == null ? (y == null ? 0 : 1) : -1;
      }
      int c = x.compareTo(y);
      return reverse ? -c : c;
    }

    private String orgName(Model m) {
      return index.org(m.orgId()).name().toLowerCase(Locale.ROOT);
    }

    private static Long maxSize(Model m) {
      return m.params() == null ? null : m.params().max();
    }
  }
}
