package dev.llmscape.model;

import java.math.BigDecimal;

/**
 * Token counts (context windows, training tokens) and FLOP as users type and read them: {@code
 * 128k}, {@code 1M}, {@code 10T}, {@code 1e25}.
 */
public final class Counts {
  private Counts() {}

  /** The largest count these parsers take: more than any context, dataset or training run. */
  public static final double MAX = 1e40;

  /**
   * Parses a count of tokens: a plain number ({@code 4096}), one with a unit K, M, B or T (powers
   * of 1000, case-insensitive: {@code 128k} is 128,000, so a 131,072-token window is at least
   * {@code 128k}), or exponent form ({@code 1.5e13}).
   *
   * @throws IllegalArgumentException with a message fit for users
   */
  public static double parseTokens(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty count (use e.g. 128k, 1M or 10T)");
    }
    char last = Character.toUpperCase(s.charAt(s.length() - 1));
    double unit =
        switch (last) {
          case 'K' -> 1e3;
          case 'M' -> 1e6;
          case 'B', 'G' -> 1e9;
          case 'T' -> 1e12;
          default -> 1;
        };
    String number = unit == 1 ? s : s.substring(0, s.length() - 1).strip();
    if (!isDecimal(number) && !(unit == 1 && isExponent(number))) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a count (use a number with K, M, B or T: 128k, 1M, 10T)");
    }
    return checked(text, new BigDecimal(number).multiply(BigDecimal.valueOf(unit)));
  }

  /**
   * Parses an amount of compute in FLOP: exponent form ({@code 1e25}, {@code 3.4E24}) or a plain
   * number.
   *
   * @throws IllegalArgumentException with a message fit for users
   */
  public static double parseFlop(String text) {
    String s = text.strip();
    if (!isDecimal(s) && !isExponent(s)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an amount of FLOP (use exponent form: 1e24, 3.5e25)");
    }
    return checked(text, new BigDecimal(s));
  }

  /**
   * Whether {@code s} is digits with an optional fraction: {@code [0-9]+(\\.[0-9]+)?}, checked by
   * hand, as a regular expression would load its engine into the start-up of every query with a
   * size (CountsProperties holds the two to each other).
   */
  public static boolean isDecimal(String s) {
    return decimalEnd(s, 0) == s.length();
  }

  /** {@code [0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]{1,3}}, by hand. */
  static boolean isExponent(String s) {
    int i = decimalEnd(s, 0);
    if (i < 0 || i >= s.length() || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
      return false;
    }
    i++;
    if (i < s.length() && s.charAt(i) == '+') {
      i++;
    }
    int digits = digitsEnd(s, i) - i;
    return digits >= 1 && digits <= 3 && i + digits == s.length();
  }

  /** Where a decimal ({@code [0-9]+(\\.[0-9]+)?}) starting at {@code from} ends, or -1. */
  private static int decimalEnd(String s, int from) {
    int i = digitsEnd(s, from);
    if (i == from) {
      return -1;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      int fraction = digitsEnd(s, i + 1);
      return fraction == i + 1 ? i : fraction;
    }
    return i;
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static double checked(String text, BigDecimal value) {
    if (value.compareTo(BigDecimal.valueOf(MAX)) > 0) {
      throw new IllegalArgumentException("'" + text.strip() + "' is too large (max 1e40)");
    }
    return value.doubleValue();
  }

  /**
   * A token count as people say it: 128000 -> 128K and 1000000 -> 1M (a vendor's decimal count,
   * checked first: 128000 is also 125 x 1024), 131072 -> 128K and 1048576 -> 1M (a window sized in
   * powers of two); other counts as they are.
   */
  public static String formatTokens(long n) {
    if (n >= 1_000_000 && n % 1_000_000 == 0) {
      return n / 1_000_000 + "M";
    }
    if (n >= 1 << 20 && n % (1 << 20) == 0) {
      return n / (1 << 20) + "M";
    }
    if (n >= 1_000 && n % 1_000 == 0) {
      return n / 1_000 + "K";
    }
    if (n >= 1 << 10 && n % (1 << 10) == 0) {
      return n / (1 << 10) + "K";
    }
    return Long.toString(n);
  }

  /** A large figure with a unit: 14800000000000 -> 14.8T, 2e12 -> 2T. */
  public static String formatLarge(double v) {
    if (v >= 1e15 || v < 1) {
      return formatFlop(v);
    }
    if (v == Math.rint(v)) {
      return ParamSize.formatCount((long) v);
    }
    return formatFlop(v);
  }

  /**
   * FLOP in exponent form with up to three significant digits: 3.4e24, 1e25. What {@code
   * String.format("%.2e")} gives without its trailing zeros and exponent sign, worked out by hand
   * from the digits of {@link Double#toString} (rounded half up, as the formatter does): the
   * formatter loads locale data and a regular expression engine on first use, a few ms of the
   * start-up of every {@code show} (CountsProperties holds the two to each other).
   */
  public static String formatFlop(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return (1 / v < 0 ? "-" : "") + "0e0";
    }
    String text = Double.toString(Math.abs(v)); // 3.4E24, 1.0E-5, 123.456
    int e = text.indexOf('E');
    String mantissaText = e < 0 ? text : text.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
    // The significant digits, and the exponent of the first of them.
    StringBuilder digits = new StringBuilder();
    int point = mantissaText.indexOf('.');
    String whole = mantissaText.substring(0, point);
    String fraction = mantissaText.substring(point + 1);
    digits.append(whole).append(fraction);
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    int lead = exponent + whole.length() - 1 - first;
    String significant = digits.substring(first);
    // Three digits, rounded half up; 9.995 becomes 10.0, one more in the exponent.
    int[] d = new int[4];
    for (int i = 0; i < 4; i++) {
      d[i] = i < significant.length() ? significant.charAt(i) - '0' : 0;
    }
    int kept = d[0] * 100 + d[1] * 10 + d[2];
    if (d[3] >= 5) {
      kept++;
    }
    if (kept == 1000) {
      kept = 100;
      lead++;
    }
    StringBuilder out = new StringBuilder(v < 0 ? "-" : "");
    out.append(kept / 100);
    int rest = kept % 100;
    if (rest != 0) {
      out.append('.').append(rest / 10);
      if (rest % 10 != 0) {
        out.append(rest % 10);
      }
    }
    return out.append('e').append(lead).toString();
  }

  /** A count with commas between thousands, as {@code String.format("%,d")} writes it. */
  public static String grouped(long n) {
    String digits = Long.toString(n);
    int start = n < 0 ? 1 : 0;
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    out.append(digits, 0, start);
    for (int i = start; i < digits.length(); i++) {
      if (i > start && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
