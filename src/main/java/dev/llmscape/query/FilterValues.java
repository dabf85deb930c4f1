package dev.llmscape.query;

import dev.llmscape.model.ParamSize;
import dev.llmscape.model.ReleaseDate;

/**
 * Reads the values of {@code size:} and {@code date:}: an exact value, a comparison ({@code >},
 * {@code >=}, {@code <}, {@code <=}, {@code =}), an inclusive range {@code A..B} with either end
 * optional, or {@code unknown}.
 */
final class FilterValues {
  static final String SIZE_HINT =
      "sizes: 7B, >=7B, <1B, 7B..70B, ..1B, 100B.., unknown (units K, M, B, T)";
  static final String DATE_HINT =
      "dates: 2023, 2023-06, 2023-06-01, >=2023-06, <2024, 2022-01..2023-06, ..2022, unknown";

  private FilterValues() {}

  /** Where a value stands in the query, for errors. */
  record Place(String query, FilterTokens.Token token) {
    FilterParseException error(String message, int from, int to, String hint) {
      int start = token.at(from);
      int end = to >= token.value().length() ? token.end() : token.at(to);
      return new FilterParseException(message, query, start, Math.max(1, end - start), hint);
    }
  }

  static Criterion size(Place place) {
    String v = place.token().value();
    if (v.strip().equalsIgnoreCase("unknown")) {
      return new Criterion.SizeUnknown();
    }
    int dots = v.indexOf("..");
    if (dots >= 0) {
      long min = dots == 0 ? 0 : count(place, 0, dots);
      long max = dots + 2 == v.length() ? Long.MAX_VALUE : count(place, dots + 2, v.length());
      if (dots == 0 && dots + 2 == v.length()) {
        throw place.error("size: a range needs at least one end", 0, v.length(), SIZE_HINT);
      }
      if (min > max) {
        throw place.error("size: the range runs backwards", 0, v.length(), SIZE_HINT);
      }
      return new Criterion.SizedBetween(min, max);
    }
    int op = operatorLength(v);
    long n = count(place, op, v.length());
    return switch (v.substring(0, op)) {
      case ">" -> new Criterion.SizedBetween(n + 1, Long.MAX_VALUE);
      case ">=" -> new Criterion.SizedBetween(n, Long.MAX_VALUE);
      case "<" -> new Criterion.SizedBetween(0, n - 1);
      case "<=" -> new Criterion.SizedBetween(0, n);
      default -> new Criterion.SizedBetween(n, n);
    };
  }

  private static long count(Place place, int from, int to) {
    String text = place.token().value().substring(from, to);
    checkOneOperator(place, from, text, "size", SIZE_HINT);
    if (text.isEmpty()) {
      throw place.error("size: a number is missing", from, from + 1, SIZE_HINT);
    }
    try {
      return ParamSize.parseUserCount(text);
    } catch (IllegalArgumentException e) {
      throw place.error("size: " + e.getMessage(), from, to, SIZE_HINT);
    }
  }

  static Criterion date(Place place) {
    String v = place.token().value();
    if (v.strip().equalsIgnoreCase("unknown")) {
      return new Criterion.ReleaseUnknown();
    }
    int dots = v.indexOf("..");
    if (dots >= 0) {
      if (dots == 0 && dots + 2 == v.length()) {
        throw place.error("date: a range needs at least one end", 0, v.length(), DATE_HINT);
      }
      long from = dots == 0 ? Long.MIN_VALUE : date(place, 0, dots).earliest().toEpochDay();
      long to =
          dots + 2 == v.length()
              ? Long.MAX_VALUE
              : date(place, dots + 2, v.length()).latest().toEpochDay();
      if (from > to) {
        throw place.error("date: the range runs backwards", 0, v.length(), DATE_HINT);
      }
      return new Criterion.ReleasedBetween(from, to);
    }
    int op = operatorLength(v);
    ReleaseDate d = date(place, op, v.length());
    long first = d.earliest().toEpochDay();
    long last = d.latest().toEpochDay();
    return switch (v.substring(0, op)) {
      case ">" -> new Criterion.ReleasedBetween(last + 1, Long.MAX_VALUE);
      case ">=" -> new Criterion.ReleasedBetween(first, Long.MAX_VALUE);
      case "<" -> new Criterion.ReleasedBetween(Long.MIN_VALUE, first - 1);
      case "<=" -> new Criterion.ReleasedBetween(Long.MIN_VALUE, last);
      default -> new Criterion.ReleasedBetween(first, last);
    };
  }

  private static ReleaseDate date(Place place, int from, int to) {
    String text = place.token().value().substring(from, to);
    checkOneOperator(place, from, text, "date", DATE_HINT);
    if (text.isEmpty()) {
      throw place.error("date: a date is missing", from, from + 1, DATE_HINT);
    }
    try {
      return ReleaseDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw place.error("date: " + e.getMessage(), from, to, DATE_HINT);
    }
  }

  /**
   * A second comparison ({@code >>7B}) or a comparison inside a range ({@code >=7B..70B}) is a
   * typo: point at it.
   */
  private static void checkOneOperator(
      Place place, int from, String text, String what, String hint) {
    if (!text.isEmpty() && "<>=".indexOf(text.charAt(0)) >= 0) {
      boolean inRange = place.token().value().contains("..");
      throw place.error(
          what
              + ": unexpected '"
              + text.charAt(0)
              + (inRange
                  ? "' (a range A..B takes no comparison)"
                  : "' (one comparison: >, >=, <, <= or =)"),
          from,
          from + 1,
          hint);
    }
  }

  /** The length of a leading comparison operator: 0, 1 or 2. */
  private static int operatorLength(String v) {
    if (v.startsWith(">=") || v.startsWith("<=")) {
      return 2;
    }
    if (v.startsWith(">") || v.startsWith("<") || v.startsWith("=")) {
      return 1;
    }
    return 0;
  }
}
