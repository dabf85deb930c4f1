package dev.llmscape.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.model.Category;
import dev.llmscape.model.Openness;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filter grammar, term by term, against a resolver that accepts any name as its own id. */
class FilterParserTest {
  static final FilterParser.Resolver ANY_NAME =
      new FilterParser.Resolver() {
        @Override
        public Set<String> orgIds(String name) {
          return Set.of(name);
        }

        @Override
        public String modelId(String name) {
          return name;
        }
      };

  private static final long B = 1_000_000_000L;

  static List<Criterion> parse(String query) {
    return new FilterParser(ANY_NAME).parse(query);
  }

  static Criterion one(String query) {
    List<Criterion> all = parse(query);
    assertEquals(1, all.size(), "one clause in " + query);
    return all.get(0);
  }

  static FilterParseException error(String query) {
    return assertThrows(FilterParseException.class, () -> parse(query), query);
  }

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void sizeComparisonsRangesAndUnits() {
    assertEquals(new Criterion.SizedBetween(7 * B, Long.MAX_VALUE), one("size:>=7B"));
    assertEquals(new Criterion.SizedBetween(7 * B + 1, Long.MAX_VALUE), one("size:>7B"));
    assertEquals(new Criterion.SizedBetween(0, 7 * B), one("size:<=7b"));
    assertEquals(new Criterion.SizedBetween(0, 7 * B - 1), one("size:<7B"));
    assertEquals(new Criterion.SizedBetween(7 * B, 7 * B), one("size:7B"));
    assertEquals(new Criterion.SizedBetween(7 * B, 7 * B), one("size:=7B"));
    assertEquals(new Criterion.SizedBetween(7 * B, 70 * B), one("size:7B..70B"));
    assertEquals(new Criterion.SizedBetween(0, B), one("size:..1B"));
    assertEquals(new Criterion.SizedBetween(100 * B, Long.MAX_VALUE), one("size:100B.."));
    assertEquals(
        new Criterion.SizedBetween(350_000_000L, 1_500_000_000_000L), one("size:350M..1.5T"));
    assertEquals(new Criterion.SizedBetween(125_000L, 125_000L), one("size:125K"));
    assertEquals(new Criterion.SizeUnknown(), one("size:unknown"));
  }

  @Test
  void datesAtEveryPrecisionComparedAndRanged() {
    assertEquals(
        new Criterion.ReleasedBetween(day("2023-01-01"), day("2023-12-31")), one("date:2023"));
    assertEquals(
        new Criterion.ReleasedBetween(day("2023-02-01"), day("2023-02-28")), one("date:2023-02"));
    assertEquals(
        new Criterion.ReleasedBetween(day("2023-02-03"), day("2023-02-03")),
        one("date:2023-02-03"));
    assertEquals(
        new Criterion.ReleasedBetween(day("2022-01-01"), day("2023-06-30")),
        one("date:2022-01..2023-06"));
    assertEquals(
        new Criterion.ReleasedBetween(Long.MIN_VALUE, day("2022-12-31")), one("date:..2022"));
    assertEquals(
        new Criterion.ReleasedBetween(day("2024-01-01"), Long.MAX_VALUE), one("date:2024.."));
    assertEquals(
        new Criterion.ReleasedBetween(day("2024-01-01"), Long.MAX_VALUE), one("date:>2023"));
    assertEquals(
        new Criterion.ReleasedBetween(day("2023-06-01"), Long.MAX_VALUE), one("date:>=2023-06"));
    assertEquals(
        new Criterion.ReleasedBetween(Long.MIN_VALUE, day("2023-05-31")), one("date:<2023-06"));
    assertEquals(
        new Criterion.ReleasedBetween(Long.MIN_VALUE, day("2023-06-30")), one("date:<=2023-06"));
    assertEquals(new Criterion.ReleaseUnknown(), one("date:unknown"));
  }

  @Test
  void otherQualifiers() {
    assertEquals(new Criterion.InOrgs(Set.of("Meta")), one("org:Meta"));
    assertEquals(new Criterion.InOrgs(Set.of("Google DeepMind")), one("org:\"Google DeepMind\""));
    assertEquals(new Criterion.HasOpenness(Openness.OPEN), one("open:yes"));
    assertEquals(new Criterion.HasOpenness(Openness.CLOSED), one("open:NO"));
    assertEquals(new Criterion.HasOpenness(Openness.UNKNOWN), one("open:unknown"));
    assertEquals(new Criterion.InCategories(Set.of(Category.CHAT)), one("category:Chat"));
    assertEquals(one("license:apache"), one("licence:APACHE"));
    assertEquals(new Criterion.DerivedFrom("LLaMA", false), one("base:LLaMA"));
    assertEquals(new Criterion.DerivedFrom("LLaMA 2", true), one("from:\"LLaMA 2\""));
    assertEquals(one("llama"), one("LLaMA"));
    assertEquals(one("\"Google DeepMind\""), one("google-deepmind"));
    assertEquals(new Criterion.InOrgs(Set.of("Meta")), one("ORG:Meta"));
  }

  @Test
  void termsAreAndedOrBindsTighterAndMinusNegates() {
    assertEquals(
        List.of(new Criterion.InOrgs(Set.of("Meta")), new Criterion.HasOpenness(Openness.OPEN)),
        parse("org:Meta open:yes"));
    assertEquals(
        List.of(
            new Criterion.HasOpenness(Openness.OPEN),
            new Criterion.AnyOf(
                List.of(new Criterion.SizeUnknown(), new Criterion.SizedBetween(0, B)))),
        parse("open:yes size:unknown OR size:<=1B"));
    // Alternatives of one kind merge into one indexable set.
    assertEquals(new Criterion.InOrgs(Set.of("Meta", "Mistral")), one("org:Meta OR org:Mistral"));
    assertEquals(
        new Criterion.InCategories(Set.of(Category.CHAT, Category.CODE)),
        one("category:chat OR category:code"));
    assertEquals(new Criterion.Not(new Criterion.InOrgs(Set.of("Meta"))), one("-org:Meta"));
    assertEquals(new Criterion.Not(one("llama")), one("-llama"));
    assertEquals(one("\"-llama\""), one("\"-llama\""));
  }

  @Test
  void joinQuotesOneValueWhoseQuotesTheShellRemoved() {
    assertEquals(
        "org:\"Google DeepMind\" size:>=7B",
        FilterParser.join(List.of("org:Google DeepMind", "size:>=7B")));
    assertEquals("org:Meta size:>=7B", FilterParser.join(List.of("org:Meta size:>=7B")));
    assertEquals("\"Google DeepMind\"", FilterParser.join(List.of("Google DeepMind")));
    assertEquals("-org:\"Google DeepMind\"", FilterParser.join(List.of("-org:Google DeepMind")));
    assertEquals("a OR b", FilterParser.join(List.of("a OR b")));
    assertEquals("x", FilterParser.join(List.of(" ", "x ")));
  }

  @Test
  void errorsPointAtTheBadPart() {
    FilterParseException op = error("org:Meta size:>>7B");
    assertEquals(15, op.offset());
    assertEquals(1, op.length());
    assertTrue(op.getMessage().contains("unexpected '>'"), op.getMessage());

    FilterParseException unknown = error("open:yes colour:blue");
    assertEquals(9, unknown.offset());
    assertEquals(6, unknown.length());
    assertTrue(
        unknown
            .hint()
            .contains(
                "org, open, access, commercial, size, active, date, announced, category, arch, context, input, output, modality, cutoff, tokens, compute, license, base, from"));

    assertEquals(List.of("license"), error("licnse:mit").suggestions());
    assertEquals(List.of("size"), error("sise:7B").suggestions());
    assertEquals(List.of("chat"), error("category:chta").suggestions());

    FilterParseException inRange = error("size:>=7B..70B");
    assertEquals(5, inRange.offset());
    assertTrue(inRange.getMessage().contains("a range A..B takes no comparison"));
    assertEquals(14, error("date:2022-01..>2023").offset());

    FilterParseException colon = error(":Meta");
    assertEquals(0, colon.offset());
    assertTrue(colon.getMessage().contains("':' needs a qualifier"), colon.getMessage());
    assertEquals(1, error("-:").offset());
    FilterParseException unit = error("size:7X");
    assertEquals(5, unit.offset());
    assertEquals(2, unit.length());
    // A bare number is a forgotten unit, not seven parameters.
    FilterParseException bare = error("size:>=7");
    assertEquals(7, bare.offset());
    assertTrue(bare.getMessage().contains("'7' needs a unit: 7B is 7 billion"), bare.getMessage());
    assertEquals(9, error("size:7B..70").offset());
    assertEquals(5, error("size:9B..7B").offset());
    assertEquals(14, error("date:2022-01..2023-13").offset());
    assertEquals(5, error("date:..").offset());
    assertEquals(4, error("org:").offset());
    assertEquals(5, error("open:maybe").offset());
    assertEquals(0, error("OR org:Meta").offset());
    assertEquals(9, error("org:Meta OR").offset());
    assertEquals(12, error("org:Meta OR OR org:Google").offset());
    assertEquals(4, error("org:\"Google").offset());
    assertEquals(0, error("-").offset());
    assertEquals(0, error("   ").offset());
    assertEquals(0, error("...").offset());
  }

  @Test
  void errorOffsetsCountQuotedCharsWhereTheyStand() {
    FilterParseException e = error("size:\">>7B\"");
    assertEquals(7, e.offset());
  }
}
