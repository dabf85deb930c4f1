package dev.llmscape.catalog;

import java.util.Comparator;

/**
 * Orders catalog versions ({@code YYYY.MM.N}) part by part as numbers, so {@code 2026.12.10} comes
 * after {@code 2026.12.9}; a part that is not a number sorts before any number.
 */
public final class CatalogVersions {
  /** Oldest first. */
  public static final Comparator<String> ORDER = CatalogVersions::compare;

  private CatalogVersions() {}

  public static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? number(x[i]) : -1;
      long q = i < y.length ? number(y[i]) : -1;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long number(String part) {
    try {
      return Long.parseLong(part);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
