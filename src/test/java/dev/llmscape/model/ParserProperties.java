package dev.llmscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Property tests for the size and date parsers every command relies on. */
class ParserProperties {

  @Property
  void formattedCountsParseBackExactly(
      @ForAll @LongRange(min = 1, max = 999_000_000_000_000L) long n) {
    long rounded = roundToThreeSignificant(n);
    assertEquals(rounded, ParamSize.parseCount(ParamSize.formatCount(rounded)));
  }

  private static long roundToThreeSignificant(long n) {
    long scale = 1;
    while (n / scale >= 1000) {
      scale *= 10;
    }
    return (n / scale) * scale;
  }

  @Property
  void unitsScaleByThousands(
      @ForAll @IntRange(min = 1, max = 999) int value, @ForAll("units") String unit) {
    long expected =
        switch (unit.toUpperCase()) {
          case "K" -> value * 1_000L;
          case "M" -> value * 1_000_000L;
          case "B", "G" -> value * 1_000_000_000L;
          default -> value * 1_000_000_000_000L;
        };
    assertEquals(expected, ParamSize.parseCount(value + unit));
    assertEquals(expected, ParamSize.parseCount(" " + value + " " + unit + " "));
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("K", "k", "M", "m", "B", "b", "G", "T", "t");
  }

  @Property
  void garbageSizesAreRejectedWithAUserMessage(@ForAll("notSizes") String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParamSize.parseCount(text));
    assertTrue(
        e.getMessage().contains("size") || e.getMessage().contains("larger"), e.getMessage());
  }

  @Provide
  Arbitrary<String> notSizes() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(6)
            .filter(s -> !s.matches("[KMBGTkmbgt]")),
        Arbitraries.of("", "B", "7BB", "-7B", "7 B B", "1e9", "7,5B", ".5B", "5.B", "2000T", "∞"));
  }

  @Example
  void decimalsRoundToWholeParameters() {
    assertEquals(1_500_000_000L, ParamSize.parseCount("1.5B"));
    assertEquals(350_000_000L, ParamSize.parseCount("350M"));
    assertEquals(1_800_000_000_000L, ParamSize.parseCount("1.8T"));
    assertEquals("1.5B", ParamSize.formatCount(1_500_000_000L));
    assertEquals("999", ParamSize.formatCount(999));
  }

  @Property
  void datesRoundTripAtEveryPrecision(
      @ForAll @IntRange(min = 1900, max = 2999) int year,
      @ForAll @IntRange(min = 0, max = 12) int month,
      @ForAll @IntRange(min = 0, max = 28) int day) {
    int d = month == 0 ? 0 : day;
    ReleaseDate date = new ReleaseDate(year, month, d);
    assertEquals(date, ReleaseDate.parse(date.toString()));
    assertTrue(!date.earliest().isAfter(date.latest()));
  }

  @Property
  void rangeEdgesCoverTheWholePeriod(
      @ForAll @IntRange(min = 1900, max = 2999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month) {
    ReleaseDate m = new ReleaseDate(year, month, 0);
    assertEquals(1, m.earliest().getDayOfMonth());
    assertEquals(m.earliest().lengthOfMonth(), m.latest().getDayOfMonth());
    ReleaseDate y = new ReleaseDate(year, 0, 0);
    assertTrue(y.compareTo(m) <= 0);
    assertEquals(12, y.latest().getMonthValue());
  }

  @Property
  void malformedDatesAreRejected(@ForAll("notDates") String text) {
    assertThrows(IllegalArgumentException.class, () -> ReleaseDate.parse(text));
  }

  @Provide
  Arbitrary<String> notDates() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .ofMinLength(0)
            .ofMaxLength(12)
            .filter(s -> !s.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")),
        Arbitraries.of(
            "2023-13",
            "2023-00",
            "2023-02-30",
            "2023-1",
            "23-01",
            "2023/01",
            "2023-01-00",
            "0999"));
  }

  // --- Any text at all: a value or a user message, never another exception.

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void anyTextIsASizeOrAUserMessage(@ForAll("anyText") String text) {
    try {
      long n = ParamSize.parseCount(text);
      assertTrue(n >= 0 && n <= 1_000_000_000_000_000L, text + " -> " + n);
      // What parses is what formatting gives back, up to rounding to whole parameters.
      assertTrue(text.strip().matches("[0-9]+(\\.[0-9]+)?\\s*[KkMmBbGgTt]?"), text);
    } catch (IllegalArgumentException e) {
      assertTrue(
          e.getMessage().startsWith("'") || e.getMessage().startsWith("empty"), e.getMessage());
    }
  }

  @Property
  void anyTextIsADateOrAUserMessage(@ForAll("anyText") String text) {
    try {
      ReleaseDate d = ReleaseDate.parse(text);
      assertEquals(text.strip(), d.toString(), "a date prints as it was written");
      assertTrue(!d.earliest().isAfter(d.latest()));
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("'" + text + "' is not"), e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(14),
        Arbitraries.strings().withChars("0123456789-. KkMBGTt").ofMaxLength(12),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25).map(s -> s + "B"),
        Arbitraries.integers()
            .between(1800, 3100)
            .flatMap(
                y ->
                    Arbitraries.integers()
                        .between(-1, 14)
                        .flatMap(
                            m ->
                                Arbitraries.integers()
                                    .between(-1, 32)
                                    .map(
                                        d ->
                                            y
                                                + (m < 0 ? "" : String.format("-%02d", m))
                                                + (m < 0 || d < 0
                                                    ? ""
                                                    : String.format("-%02d", d))))));
  }

  @Property
  void anyCountFormatsToATextThatParsesNearIt(
      @ForAll @LongRange(min = 1, max = 999_000_000_000_000L) long n) {
    long back = ParamSize.parseCount(ParamSize.formatCount(n));
    // formatCount keeps every digit: exact.
    assertEquals(n, back);
  }

  @Property
  void sizeRangesMatchTheirBounds(
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long a,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long b) {
    ParamSize p =
        new ParamSize("x", Math.min(a, b), Math.max(a, b), java.util.List.of(), null, true);
    long[] sizes = dev.llmscape.catalog.CatalogIndex.sizesOf(p);
    for (long size : sizes) {
      assertTrue(size >= p.min() && size <= p.max());
    }
  }

  @Property
  void nameKeysAreStableAndNeverThrow(@ForAll String name) {
    String key = dev.llmscape.catalog.Names.key(name);
    assertEquals(key, dev.llmscape.catalog.Names.key(key), "normalising twice changes nothing");
    // Case: for names without combining marks (a mark alone at the start of a name is not a name).
    boolean marks =
        name.codePoints()
            .anyMatch(
                c ->
                    Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK
                        || Character.getType(c) == Character.ENCLOSING_MARK);
    if (!marks) {
      assertEquals(
          key,
          dev.llmscape.catalog.Names.key(" " + name.toUpperCase(java.util.Locale.ROOT) + "-"),
          "case, spaces and hyphens do not matter");
    }
  }

  @Property(tries = 3000)
  void monthLengthsAreTheCalendars(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1900, max = 9999) int year,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int month) {
    org.junit.jupiter.api.Assertions.assertEquals(
        java.time.YearMonth.of(year, month).lengthOfMonth(),
        ReleaseDate.lengthOfMonth(year, month),
        year + "-" + month);
  }

  @net.jqwik.api.Example
  void leapYearsOfTheGregorianCalendar() {
    org.junit.jupiter.api.Assertions.assertEquals(29, ReleaseDate.lengthOfMonth(2000, 2));
    org.junit.jupiter.api.Assertions.assertEquals(28, ReleaseDate.lengthOfMonth(1900, 2));
    org.junit.jupiter.api.Assertions.assertEquals(29, ReleaseDate.lengthOfMonth(2024, 2));
    org.junit.jupiter.api.Assertions.assertEquals(28, ReleaseDate.lengthOfMonth(2100, 2));
  }
}
