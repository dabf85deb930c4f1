package dev.llmscape.model;

import java.time.LocalDate;

/**
 * A date kept at the precision that is known: a year, a month or a day. Month and day are 0 when
 * unknown.
 */
public record ReleaseDate(int year, int month, int day) implements Comparable<ReleaseDate> {

  public ReleaseDate {
    if (year < 1900 || year > 9999) { // any four-digit year from 1900: --since 9999 is a date
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != 0 && day > lengthOfMonth(year, month) || day < 0) {
      throw new IllegalArgumentException("day out of range: " + day);
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException with a message fit for users
   */
  public static ReleaseDate parse(String text) {
    String s = text.strip();
    int len = s.length();
    if (!(len == 4 || len == 7 || len == 10)
        || (len >= 7 && s.charAt(4) != '-')
        || (len == 10 && s.charAt(7) != '-')) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    try {
      int year = digits(s, 0, 4);
      int month = len >= 7 ? digits(s, 5, 7) : 0;
      int day = len == 10 ? digits(s, 8, 10) : 0;
      if (len >= 7 && month == 0 || len == 10 && day == 0) {
        throw new IllegalArgumentException("zero month or day");
      }
      return new ReleaseDate(year, month, day);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)", e);
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit: " + c);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  public boolean hasMonth() {
    return month != 0;
  }

  public boolean hasDay() {
    return day != 0;
  }

  /** The first day this date can mean: 2023 -> 2023-01-01. */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /**
   * The days of a month (1-12) in the proleptic Gregorian calendar, as {@code
   * YearMonth.lengthOfMonth} gives them: {@code YearMonth}'s class initialisation builds a date
   * parser, which every run that decodes a model paid for (ParserProperties compares the two).
   */
  static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The last day this date can mean: 2023-02 -> 2023-02-28. */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return LocalDate.of(year, month, lengthOfMonth(year, month));
    }
    return LocalDate.of(year, 12, 31);
  }

  /** Days since the epoch of {@link #earliest()}: the sort key for the date index. */
  public long sortKey() {
    return earliest().toEpochDay();
  }

  /**
   * Written out, as the record's own would be (the same hash, component by component): a record's
   * generated {@code equals} and {@code hashCode} are linked on first use through method handles
   * spun at run time, which JDK 17's class-data archive cannot hold; {@code compare} compares these
   * values and spun about two dozen classes for them.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReleaseDate d && year == d.year && month == d.month && day == d.day;
  }

  @Override
  public int hashCode() {
    return (Integer.hashCode(year) * 31 + Integer.hashCode(month)) * 31 + Integer.hashCode(day);
  }

  /**
   * Orders by earliest day, then the less precise first (2023 before 2023-01 before 2023-01-01).
   */
  @Override
  public int compareTo(ReleaseDate o) {
    return Long.compare(orderKey(), o.orderKey());
  }

  /**
   * The order of {@link #compareTo} as one number (earliest day, then precision), for sorting many
   * dates as primitives: the date index of a big catalog sorts by it.
   */
  public long orderKey() {
    return sortKey() * 4 + precision();
  }

  private int precision() {
    return day != 0 ? 3 : month != 0 ? 2 : 1;
  }

  /**
   * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. Built by hand: {@code String.format} loads
   * the locale's formatting data (over a hundred classes) on the first date a run prints.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(10).append(year); // always four digits (1900-2999)
    if (month != 0) {
      twoDigits(b.append('-'), month);
      if (day != 0) {
        twoDigits(b.append('-'), day);
      }
    }
    return b.toString();
  }

  private static void twoDigits(StringBuilder b, int value) {
    b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
