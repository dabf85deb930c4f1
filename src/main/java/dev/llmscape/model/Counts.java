package dev.llmscape.model;

import java.math.BigDecimal;
import java.util.Locale;

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
    if (!number.matches("[0-9]+(\\.[0-9]+)?") && !(unit == 1 && isExponent(number))) {
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
    if (!s.matches("[0-9]+(\\.[0-9]+)?") && !isExponent(s)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an amount of FLOP (use exponent form: 1e24, 3.5e25)");
    }
    return checked(text, new BigDecimal(s));
  }

  private static boolean isExponent(String s) {
    return s.matches("[0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]{1,3}");
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

  /** FLOP in exponent form with up to three significant digits: 3.4e24, 1e25. */
  public static String formatFlop(double v) {
    String s = String.format(Locale.ROOT, "%.2e", v); // 3.40e+24
    int e = s.indexOf('e');
    String mantissa = s.substring(0, e).replaceAll("\\.?0+$", "");
    int exponent = Integer.parseInt(s.substring(e + 1));
    return mantissa + "e" + exponent;
  }
}
