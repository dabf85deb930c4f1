package dev.llmscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Property tests for the token-count and FLOP parsers of the format-2 queries. */
class CountsProperties {

  @Example
  void theIssuesExamples() {
    assertEquals(128_000, Counts.parseTokens("128k"));
    assertEquals(1_000_000, Counts.parseTokens("1M"));
    assertEquals(10e12, Counts.parseTokens("10T"));
    assertEquals(1e25, Counts.parseFlop("1e25"));
    assertEquals(3.4e24, Counts.parseFlop("3.4E24"));
    assertEquals(131_072, Counts.parseTokens("131072"));
    assertEquals("128K", Counts.formatTokens(131_072));
    assertEquals("200K", Counts.formatTokens(200_000));
    assertEquals("128K", Counts.formatTokens(128_000));
    assertEquals("256K", Counts.formatTokens(256_000));
    assertEquals("1M", Counts.formatTokens(1_048_576));
    assertEquals("3.4e24", Counts.formatFlop(3.4e24));
  }

  @Property
  void unitsScaleByThousands(
      @ForAll @IntRange(min = 1, max = 999_999) int value, @ForAll("units") String unit) {
    double scale =
        switch (unit.toUpperCase()) {
          case "K" -> 1e3;
          case "M" -> 1e6;
          case "B", "G" -> 1e9;
          default -> 1e12;
        };
    assertEquals(value * scale, Counts.parseTokens(value + unit));
    assertEquals(value * scale, Counts.parseTokens(" " + value + " " + unit + " "));
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("K", "k", "M", "m", "B", "b", "G", "T", "t");
  }

  @Property
  void plainNumbersAreTokensAsTheyAre(@ForAll @LongRange(min = 1, max = 1L << 50) long n) {
    assertEquals((double) n, Counts.parseTokens(Long.toString(n)));
  }

  @Property
  void exponentFormIsTheDecimalValue(
      @ForAll @IntRange(min = 1, max = 99) int mantissa,
      @ForAll @IntRange(min = 0, max = 9) int tenth,
      @ForAll @IntRange(min = 0, max = 38) int exponent) {
    String text = mantissa + "." + tenth + "e" + exponent;
    double expected =
        new BigDecimal(mantissa + "." + tenth).scaleByPowerOfTen(exponent).doubleValue();
    assertEquals(expected, Counts.parseFlop(text));
    assertEquals(expected, Counts.parseFlop(text.toUpperCase()));
    assertEquals(expected, Counts.parseTokens(text));
  }

  @Property
  void formattedFlopParsesBackToThreeSignificantDigits(
      @ForAll @IntRange(min = 100, max = 999) int digits,
      @ForAll @IntRange(min = 15, max = 30) int exponent) {
    double v = new BigDecimal(digits).scaleByPowerOfTen(exponent - 2).doubleValue();
    assertEquals(v, Counts.parseFlop(Counts.formatFlop(v)), v * 1e-12);
  }

  /** What formatFlop wrote with the formatter, before it was written out by hand. */
  private static String formatterFlop(double v) {
    String s = String.format(java.util.Locale.ROOT, "%.2e", v);
    int e = s.indexOf('e');
    return s.substring(0, e).replaceAll("\\.?0+$", "") + "e" + Integer.parseInt(s.substring(e + 1));
  }

  @Property(tries = 5000)
  void flopIsWhatTheFormatterWrites(@ForAll double v) {
    assertEquals(formatterFlop(v), Counts.formatFlop(v), Double.toString(v));
  }

  @Property(tries = 2000)
  void flopOfFewDigitsIsWhatTheFormatterWrites(
      @ForAll @IntRange(min = 1, max = 99_999) int digits,
      @ForAll @IntRange(min = -12, max = 40) int exponent) {
    // Catalog-like figures (2e24, 3.4e24, 9.995e24: the half-up ties) and their neighbours.
    double v = new BigDecimal(digits).scaleByPowerOfTen(exponent).doubleValue();
    assertEquals(formatterFlop(v), Counts.formatFlop(v), Double.toString(v));
    assertEquals(formatterFlop(-v), Counts.formatFlop(-v), Double.toString(-v));
  }

  @Example
  void flopEdges() {
    for (double v :
        new double[] {
          0.0, -0.0, 9.995e24, 9.994e24, 1e25, 5e-324, Double.MAX_VALUE, 1.005, 0.001
        }) {
      assertEquals(formatterFlop(v), Counts.formatFlop(v), Double.toString(v));
    }
  }

  @Property(tries = 5000)
  void decimalsAndExponentsAreTheRegularExpressions(@ForAll("numberish") String s) {
    assertEquals(s.matches("[0-9]+(\\.[0-9]+)?"), Counts.isDecimal(s), s);
    assertEquals(s.matches("[0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]{1,3}"), Counts.isExponent(s), s);
  }

  @Provide
  Arbitrary<String> numberish() {
    return Arbitraries.strings().withChars("0123456789.eE+-x ").ofMaxLength(9);
  }

  @Property(tries = 3000)
  void groupedIsWhatTheFormatterWrites(@ForAll long n) {
    assertEquals(String.format(java.util.Locale.ROOT, "%,d", n), Counts.grouped(n));
  }

  @Property
  void wholeThousandsPrintAsTheyAreSaid(@ForAll @IntRange(min = 1, max = 999_999) int thousands) {
    // A vendor's "128K" is 128,000 tokens: printed as 125K (128,000 / 1024) it reads as another
    // window, so a count in whole thousands keeps its decimal unit.
    long n = thousands * 1_000L;
    assertEquals(
        (double) n,
        Counts.parseTokens(Counts.formatTokens(n)),
        n + " -> " + Counts.formatTokens(n));
  }

  @Property
  void formattedTokensParseBackWithinTheUnitsRounding(
      @ForAll @LongRange(min = 1, max = 100_000_000) long n) {
    double back = Counts.parseTokens(Counts.formatTokens(n));
    // 131072 reads as 128K, which parses as 128,000: a binary K is within 2.4% of a decimal one.
    assertTrue(Math.abs(back - n) <= n * 0.05, n + " -> " + Counts.formatTokens(n));
  }

  @Property
  void garbageIsRejectedWithAUserMessage(@ForAll("notCounts") String text) {
    IllegalArgumentException tokens =
        assertThrows(IllegalArgumentException.class, () -> Counts.parseTokens(text));
    assertTrue(tokens.getMessage().contains("count") || tokens.getMessage().contains("large"));
    IllegalArgumentException flop =
        assertThrows(IllegalArgumentException.class, () -> Counts.parseFlop(text));
    assertTrue(flop.getMessage().contains("FLOP") || flop.getMessage().contains("large"));
  }

  @Provide
  Arbitrary<String> notCounts() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "k", "1.", ".5", "1e", "e5", "1e-5", "-3", "1,000", "12q", "1e41"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
        Arbitraries.integers().between(41, 999).map(e -> "1e" + e));
  }
}
