package dev.llmscape.query;

import dev.llmscape.model.Counts;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.ReleaseDate;

/**
 * Reads the values of the qualifiers that compare ({@code size:}, {@code date:}, {@code context:},
 * {@code cutoff:}...): an exact value, a comparison ({@code >}, {@code >=}, {@code <}, {@code <=},
 * {@code =}), an inclusive range {@code A..B} with either end optional, or {@code unknown}. The
 * syntax is read in one place ({@link #range}); each qualifier brings its value parser.
 */
final class FilterValues {
  static final String SIZE_HINT =
      "sizes: 7B, >=7B, <1B, 7B..70B, ..1B, 100B.., unknown (units K, M, B, T)";
  static final String DATE_HINT =
      "dates: 2023, 2023-06, 2023-06-01, >=2023-06, <2024, 2022-01..2023-06, ..2022, unknown";
  static final String TOKENS_HINT =
      "token counts: 128k, >=128k, <=32k, 32k..200k, 1M.., unknown (units K, M, B, T)";
  static final String FLOP_HINT = "FLOP: 1e25, >=1e25, <1e23, 1e23..1e25, unknown";

  private FilterValues() {}

  /** Where a value stands in the query, for errors. */
  record Place(String query, FilterTokens.Token token) {
    FilterParseException error(String message, int from, int to, String hint) {
      int start = token.at(from);
      int end = to >= token.value().length() ? token.end() : token.at(to);
      return new FilterParseException(message, query, start, Math.max(1, end - start), hint);
    }
  }

  /** Reads one end of a range; throws IllegalArgumentException with a message for users. */
  @FunctionalInterface
  interface Parser {
    double parse(String text);
  }

  /** An inclusive range of values; infinite where open. */
  record Range(double min, double max) {}

  /**
   * Reads a comparison or range of values with {@code parser}: {@code >x} is the range from just
   * above x, {@code <x} up to just below it.
   *
   * @param what the qualifier, for messages ("size")
   * @param lowest the smallest value the range can start at (0 for counts)
   * @param first the first value a single value stands for; {@code last} the last (a year stands
   *     for all its days)
   */
  private static Range range(
      Place place, String what, String hint, Parser first, Parser last, double lowest) {
    String v = place.token().value();
    int dots = v.indexOf("..");
    if (dots >= 0) {
      if (dots == 0 && dots + 2 == v.length()) {
        throw place.error(what + ": a range needs at least one end", 0, v.length(), hint);
      }
      double min = dots == 0 ? lowest : value(place, what, hint, first, 0, dots);
      double max =
          dots + 2 == v.length()
              ? Double.POSITIVE_INFINITY
              : value(place, what, hint, last, dots + 2, v.length());
      if (min > max) {
        throw place.error(what + ": the range runs backwards", 0, v.length(), hint);
      }
      return new Range(min, max);
    }
    int op = operatorLength(v);
    double from = value(place, what, hint, first, op, v.length());
    double to = first == last ? from : last.parse(v.substring(op));
    return switch (v.substring(0, op)) {
      case ">" -> new Range(Math.nextUp(to), Double.POSITIVE_INFINITY);
      case ">=" -> new Range(from, Double.POSITIVE_INFINITY);
      case "<" -> new Range(lowest, Math.nextDown(from));
      case "<=" -> new Range(lowest, to);
      default -> new Range(from, to);
    };
  }

  private static double value(
      Place place, String what, String hint, Parser parser, int from, int to) {
    String text = place.token().value().substring(from, to);
    checkOneOperator(place, from, text, what, hint);
    if (text.isEmpty()) {
      throw place.error(what + ": a value is missing", from, from + 1, hint);
    }
    try {
      return parser.parse(text);
    } catch (IllegalArgumentException e) {
      throw place.error(what + ": " + e.getMessage(), from, to, hint);
    }
  }

  private static boolean unknown(Place place) {
    return place.token().value().strip().equalsIgnoreCase("unknown");
  }

  /** A size as users write it (a class, not a lambda: NoLambdaStartupTest). */
  private static final Parser SIZE =
      new Parser() {
        @Override
        public double parse(String text) {
          return ParamSize.parseUserCount(text);
        }
      };

  static Criterion size(Place place) {
    if (unknown(place)) {
      return new Criterion.SizeUnknown();
    }
    Parser count = SIZE;
    Range r = range(place, "size", SIZE_HINT, count, count, 0);
    return new Criterion.SizedBetween(
        (long) Math.ceil(r.min()),
        r.max() == Double.POSITIVE_INFINITY ? Long.MAX_VALUE : (long) Math.floor(r.max()));
  }

  /** {@code context:}, {@code tokens:}, {@code active:} and {@code compute:}. */
  static Criterion fact(Place place, String what, NumericFact fact) {
    if (unknown(place)) {
      return new Criterion.FactUnknown(fact);
    }
    Parser parser;
    String hint;
    switch (fact) {
      case ACTIVE -> {
        parser = text -> ParamSize.parseUserCount(text);
        hint = SIZE_HINT;
      }
      case COMPUTE -> {
        parser = Counts::parseFlop;
        hint = FLOP_HINT;
      }
      default -> {
        parser = Counts::parseTokens;
        hint = TOKENS_HINT;
      }
    }
    Range r = range(place, what, hint, parser, parser, 0);
    return new Criterion.FactBetween(fact, r.min(), r.max());
  }

  static Criterion date(Place place) {
    if (unknown(place)) {
      return new Criterion.ReleaseUnknown();
    }
    Range r = dateRange(place, "date");
    return new Criterion.ReleasedBetween(firstDay(r.min()), lastDay(r.max()));
  }

  /** {@code announced:} and {@code cutoff:}. */
  static Criterion date(Place place, String what, DateFact fact) {
    if (unknown(place)) {
      return new Criterion.DateUnknown(fact);
    }
    Range r = dateRange(place, what);
    return new Criterion.DateBetween(fact, firstDay(r.min()), lastDay(r.max()));
  }

  /** A date counts as its first day from below and its last day from above. */
  private static Range dateRange(Place place, String what) {
    return range(
        place,
        what,
        DATE_HINT,
        text -> ReleaseDate.parse(text).earliest().toEpochDay(),
        text -> ReleaseDate.parse(text).latest().toEpochDay(),
        Double.NEGATIVE_INFINITY);
  }

  private static long firstDay(double d) {
    return d == Double.NEGATIVE_INFINITY ? Long.MIN_VALUE : (long) Math.ceil(d);
  }

  private static long lastDay(double d) {
    return d == Double.POSITIVE_INFINITY ? Long.MAX_VALUE : (long) Math.floor(d);
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
