package dev.llmscape.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A model's parameter count as published.
 *
 * @param text the figure as written ("7B-70B", "671B (37B active)", "undisclosed")
 * @param min smallest released size in parameters, or null when unknown
 * @param max largest released size in parameters, or null when unknown
 * @param variants the released sizes as written ("7B", "13B"); empty for one size or unknown
 * @param active parameters active per token for mixture-of-experts models, or null
 * @param confirmed false for rumoured or estimated figures
 */
public record ParamSize(
    String text, Long min, Long max, List<String> variants, Long active, boolean confirmed) {

  public ParamSize {
    variants = List.copyOf(variants);
    if ((min == null) != (max == null)) {
      throw new IllegalArgumentException("params min and max must both be given or both be null");
    }
    if (min != null && (min <= 0 || min > max)) {
      throw new IllegalArgumentException("params need 0 < min <= max");
    }
  }

  public static final ParamSize UNKNOWN =
      new ParamSize("unknown", null, null, List.of(), null, false);

  public boolean known() {
    return min != null;
  }

  /**
   * Parses a count such as {@code 350M}, {@code 7B}, {@code 1.5T}, {@code 125k} or a plain number.
   * Units are K, M, B (or G) and T, case-insensitive.
   *
   * @throws IllegalArgumentException with a message fit for users
   */
  public static long parseCount(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty size (use e.g. 350M, 7B or 1.5T)");
    }
    char last = Character.toUpperCase(s.charAt(s.length() - 1));
    long unit =
        switch (last) {
          case 'K' -> 1_000L;
          case 'M' -> 1_000_000L;
          case 'B', 'G' -> 1_000_000_000L;
          case 'T' -> 1_000_000_000_000L;
          default -> 1L;
        };
    String number = unit == 1L ? s : s.substring(0, s.length() - 1).strip();
    if (number.isEmpty() || !Counts.isDecimal(number)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size (use a number with K, M, B or T: 350M, 7B, 1.5T)");
    }
    BigDecimal value = new BigDecimal(number).multiply(BigDecimal.valueOf(unit));
    if (value.compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
      throw new IllegalArgumentException("'" + text + "' is larger than any model (max 1000T)");
    }
    return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * Parses a size a user typed: as {@link #parseCount}, but the unit is required. Model sizes run
   * from millions to trillions, so a bare "7" is a forgotten "B" far more often than seven
   * parameters, and reading it as seven would quietly match almost every model.
   *
   * @throws IllegalArgumentException with a message fit for users
   */
  public static long parseUserCount(String text) {
    long count = parseCount(text);
    String s = text.strip();
    if (count != 0 && !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1))) {
      throw new IllegalArgumentException(
          "'" + s + "' needs a unit: " + s + "B is " + s + " billion (K, M, B or T)");
    }
    return count;
  }

  /** Formats a count with the largest unit that keeps it short: 7000000000 -> 7B, 1500 -> 1.5K. */
  public static String formatCount(long count) {
    long[] units = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
    String[] names = {"T", "B", "M", "K"};
    for (int i = 0; i < units.length; i++) {
      if (count >= units[i]) {
        BigDecimal v =
            BigDecimal.valueOf(count).divide(BigDecimal.valueOf(units[i])).stripTrailingZeros();
        return v.toPlainString() + names[i];
      }
    }
    return Long.toString(count);
  }
}
