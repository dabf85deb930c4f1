package dev.llmscape.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.model.ParamSize;
import dev.llmscape.model.ReleaseDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/** Property tests for the filter expression parser. */
class FilterParserProperties {
  private static final String[] UNITS = {"K", "M", "B", "T"};
  private static final long[] SCALE = {1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L};

  private static List<Criterion> parse(String query) {
    return new FilterParser(FilterParserTest.ANY_NAME).parse(query);
  }

  @Property
  void formattedSizesRoundTripThroughEveryComparison(
      @ForAll @LongRange(min = 1_000, max = 999_000_000_000_000L) long n) {
    String text = ParamSize.formatCount(n);
    long exact = ParamSize.parseCount(text);
    assertEquals(List.of(new Criterion.SizedBetween(exact, exact)), parse("size:" + text));
    assertEquals(List.of(new Criterion.SizedBetween(exact, exact)), parse("size:=" + text));
    assertEquals(
        List.of(new Criterion.SizedBetween(exact, Long.MAX_VALUE)), parse("size:>=" + text));
    assertEquals(
        List.of(new Criterion.SizedBetween(exact + 1, Long.MAX_VALUE)), parse("size:>" + text));
    assertEquals(List.of(new Criterion.SizedBetween(0, exact)), parse("size:<=" + text));
    assertEquals(List.of(new Criterion.SizedBetween(0, exact - 1)), parse("size:<" + text));
  }

  @Property
  void unitsScaleByThousandsInAnyCase(
      @ForAll @IntRange(min = 1, max = 999) int value,
      @ForAll @IntRange(min = 0, max = 3) int unit,
      @ForAll boolean lower) {
    String u = lower ? UNITS[unit].toLowerCase() : UNITS[unit];
    long n = value * SCALE[unit];
    assertEquals(List.of(new Criterion.SizedBetween(n, n)), parse("size:" + value + u));
  }

  @Property
  void rangeEdgesAreInclusiveAndTheComparisonsMeetThere(
      @ForAll @IntRange(min = 1, max = 999) int a,
      @ForAll @IntRange(min = 1, max = 999) int b,
      @ForAll @IntRange(min = 0, max = 3) int unit) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    String low = lo + UNITS[unit];
    String high = hi + UNITS[unit];
    Criterion.SizedBetween range =
        (Criterion.SizedBetween) parse("size:" + low + ".." + high).get(0);
    assertEquals(lo * SCALE[unit], range.min());
    assertEquals(hi * SCALE[unit], range.max());
    // An open end equals the comparison: 7B.. is >=7B, ..7B is <=7B.
    assertEquals(parse("size:>=" + low), parse("size:" + low + ".."));
    assertEquals(parse("size:<=" + high), parse("size:.." + high));
    // > and <= split the line at the same point, with nothing lost or doubled.
    Criterion.SizedBetween above = (Criterion.SizedBetween) parse("size:>" + low).get(0);
    Criterion.SizedBetween atMost = (Criterion.SizedBetween) parse("size:<=" + low).get(0);
    assertEquals(atMost.max() + 1, above.min());
  }

  @Property
  void dateRangesCoverWholePeriodsAndMeetTheComparisons(
      @ForAll("dates") ReleaseDate a, @ForAll("dates") ReleaseDate b) {
    ReleaseDate lo = a.compareTo(b) <= 0 ? a : b;
    ReleaseDate hi = a.compareTo(b) <= 0 ? b : a;
    if (lo.earliest().isAfter(hi.latest())) {
      return;
    }
    assertEquals(
        List.of(
            new Criterion.ReleasedBetween(lo.earliest().toEpochDay(), hi.latest().toEpochDay())),
        parse("date:" + lo + ".." + hi));
    assertEquals(parse("date:" + lo + ".." + lo), parse("date:" + lo));
    assertEquals(parse("date:>=" + lo), parse("date:" + lo + ".."));
    assertEquals(parse("date:<=" + hi), parse("date:.." + hi));
    Criterion.ReleasedBetween after = (Criterion.ReleasedBetween) parse("date:>" + lo).get(0);
    Criterion.ReleasedBetween upTo = (Criterion.ReleasedBetween) parse("date:<=" + lo).get(0);
    assertEquals(upTo.toDay() + 1, after.fromDay());
    Criterion.ReleasedBetween before = (Criterion.ReleasedBetween) parse("date:<" + lo).get(0);
    Criterion.ReleasedBetween from = (Criterion.ReleasedBetween) parse("date:>=" + lo).get(0);
    assertEquals(before.toDay() + 1, from.fromDay());
  }

  @Provide
  Arbitrary<ReleaseDate> dates() {
    return Arbitraries.integers()
        .between(1950, 2100)
        .flatMap(
            y ->
                Arbitraries.integers()
                    .between(0, 12)
                    .flatMap(
                        m ->
                            Arbitraries.integers()
                                .between(0, m == 0 ? 0 : 28)
                                .map(d -> new ReleaseDate(y, m, d))));
  }

  @Property
  void joiningTermsGivesTheSameQueryAsOneString(@ForAll("termLists") List<String> terms) {
    assertEquals(parse(String.join(" ", terms)), parse(FilterParser.join(terms)));
  }

  @Provide
  Arbitrary<List<String>> termLists() {
    return Arbitraries.of(
            "org:Meta",
            "-org:Meta",
            "open:yes",
            "size:>=7B",
            "size:7B..70B",
            "date:2023",
            "category:chat",
            "license:apache",
            "from:LLaMA",
            "llama",
            "-chat",
            "OR")
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .filter(l -> !l.get(0).equals("OR") && !l.get(l.size() - 1).equals("OR"))
        .filter(l -> !String.join(" ", l).contains("OR OR"));
  }

  @Property
  void tokenCountsReadAsListsMinContextDoes(
      @ForAll @IntRange(min = 1, max = 999) int value,
      @ForAll @IntRange(min = 0, max = 3) int unit) {
    String text = value + UNITS[unit].toLowerCase();
    double n = (double) value * SCALE[unit];
    assertEquals(
        List.of(new Criterion.FactBetween(NumericFact.CONTEXT, n, Double.POSITIVE_INFINITY)),
        parse("context:>=" + text));
    assertEquals(
        List.of(new Criterion.FactBetween(NumericFact.TOKENS, 0, n)), parse("tokens:<=" + text));
    // ">" and "<" leave the value itself out, and nothing else.
    Criterion.FactBetween above = (Criterion.FactBetween) parse("context:>" + text).get(0);
    assertTrue(above.min() > n && Math.nextDown(above.min()) == n);
    Criterion.FactBetween below = (Criterion.FactBetween) parse("context:<" + text).get(0);
    assertTrue(below.max() < n && Math.nextUp(below.max()) == n);
  }

  @Property
  void computeRangesAreInclusive(
      @ForAll @IntRange(min = 15, max = 30) int from,
      @ForAll @IntRange(min = 0, max = 5) int span) {
    assertEquals(
        List.of(
            new Criterion.FactBetween(
                NumericFact.COMPUTE,
                Double.parseDouble("1e" + from),
                Double.parseDouble("1e" + (from + span)))),
        parse("compute:1e" + from + "..1e" + (from + span)));
  }

  @Property
  void garbageNeverThrowsAnythingButTheParseException(@ForAll("garbage") String query) {
    try {
      parse(query);
      Statistics.collect("parses");
    } catch (FilterParseException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= query.length(), "offset inside the query");
      assertTrue(e.length() >= 1);
      assertTrue(!e.getMessage().isBlank());
      Statistics.collect("rejected");
    }
    // Garbage that always parsed (or never did) would leave half the parser untried.
    Statistics.coverage(
        c -> {
          c.check("parses").percentage(p -> p >= 10);
          c.check("rejected").percentage(p -> p >= 10);
        });
  }

  @Provide
  Arbitrary<String> garbage() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "org:",
            "size:",
            "date:",
            "open:",
            "category:",
            "license:",
            "base:",
            "from:",
            "context:",
            "tokens:",
            "compute:",
            "active:",
            "cutoff:",
            "announced:",
            "access:",
            "arch:",
            "input:",
            "modality:",
            "commercial:",
            "128k",
            "1e25",
            "open,api",
            ",",
            "x:",
            "-",
            "--",
            "\"",
            "OR",
            " ",
            "..",
            ">",
            ">=",
            "<",
            "=",
            "7B",
            "1.5T",
            "0",
            "2023",
            "2023-13",
            "-01",
            "unknown",
            "yes",
            "chat",
            "é",
            "龙猫",
            "\t",
            ":",
            "\u001b[31m");
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(8).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().withChars("orgsizedat:<>=.\"- 7BT").ofMaxLength(16));
  }
}
