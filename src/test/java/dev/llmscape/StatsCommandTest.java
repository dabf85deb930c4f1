package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmscape.render.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Cli.Result cjk(Cli cli, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of("--only", "--catalog", Cli.resource("/stats/cjk-catalog.json").toString()));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  @Test
  void barsByFamilyOnATerminalAreColouredEighthBlocks() {
    Cli.Result r = Cli.terminal(80).fixture("stats");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("\u001b["), "colour on a terminal");
    Golden.assertMatches("stats-family.tty80.txt", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"family", "org", "year", "open", "category", "size"})
  void everyBreakdownFitsTheWidthWithoutColour(String by) {
    Cli.Result r = Cli.terminal(60).fixture("stats", "--by", by, "--color", "never");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("stats-" + by + ".tty60.txt", r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(DisplayWidth.of(line) <= 60, "fits 60 columns: " + line);
    }
  }

  @Test
  void cjkLabelsAlignByDisplayWidth() {
    Cli.Result r = cjk(Cli.terminal(50), "stats", "--by", "org", "--color", "never");
    Golden.assertMatches("stats-cjk-org.tty50.txt", r.out());
    List<String> rows = r.out().lines().skip(1).toList();
    assertEquals(3, rows.size(), r.out());
    // Counts start at the same display column on every row, whatever the label's characters.
    java.util.Set<Integer> countColumns = new java.util.HashSet<>();
    for (String row : rows) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*\\S) +(\\d+) ").matcher(row);
      assertTrue(m.find(), row);
      countColumns.add(DisplayWidth.of(row.substring(0, m.start(2))));
      assertTrue(DisplayWidth.of(row) <= 50, row);
    }
    assertEquals(1, countColumns.size(), r.out());
  }

  @Test
  void withoutUnicodeBarsAreHashes() {
    Cli.Result r = Cli.terminal(40).env("LANG", "C").fixture("stats", "--color", "never");
    // 40 columns less the label (6), the count (1) and two spaces: 31 for the largest bar.
    assertTrue(r.out().contains("\nGoogle 7 " + "#".repeat(31) + "\n"), r.out());
    assertTrue(r.out().contains("\nMeta   3 " + "#".repeat(13) + "\n"), r.out());
    assertFalse(r.out().contains("█"));
  }

  @Test
  void pipedIsATabSeparatedTableOfCounts() {
    Cli.Result r = Cli.piped().fixture("stats", "--by", "year");
    assertEquals(0, r.exit());
    assertEquals(
        "YEAR\tMODELS\n2019\t1\n2020\t0\n2021\t1\n2022\t3\n2023\t6\nunknown\t1\n", r.out());
    assertEquals(
        "Google\t7\nMeta\t3\nBAAI\t1\nLMSYS\t1\n",
        Cli.piped().fixture("stats", "--no-header").out());
  }

  /**
   * The fixture has nothing from 2020: a year left out would make 2019 and 2021 look adjacent, so
   * every year between the first and the last is a row, 0 when empty, on a terminal, piped and in
   * JSON.
   */
  @Test
  void emptyYearsBetweenTheFirstAndTheLastCountZero() throws Exception {
    Cli.Result piped = Cli.piped().fixture("stats", "--by", "year");
    assertEquals(
        "YEAR\tMODELS\n2019\t1\n2020\t0\n2021\t1\n2022\t3\n2023\t6\nunknown\t1\n", piped.out());
    Cli.Result tty = Cli.terminal(60).fixture("stats", "--by", "year", "--color", "never");
    assertTrue(tty.out().contains("\n2020    0\n"), tty.out());
    JsonNode counts =
        JSON.readTree(Cli.piped().fixture("stats", "--by", "year", "--json").out()).get("counts");
    assertEquals(0, counts.get("2020").asInt());
    assertEquals(
        List.of("2019", "2020", "2021", "2022", "2023", "unknown"), iterate(counts.fieldNames()));
    // Only between: a query within one year has no empty years around it.
    assertEquals(
        "2023\t6\n",
        Cli.piped().fixture("stats", "--by", "year", "--since", "2023", "--no-header").out());
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  @Test
  void sizeBucketsFollowTheLargestReleasedSize() {
    Cli.Result r = Cli.piped().fixture("stats", "--by", "size", "--no-header");
    // T5, Flan-T5, Chinchilla, LLaMA, Llama 2, Vicuna: largest size 11B..70B.
    assertEquals("1B-10B\t1\n10B-100B\t6\n100B-1T\t3\nunknown\t2\n", r.out());
  }

  @Test
  void filtersNarrowTheCounts() {
    Cli.Result r = Cli.piped().fixture("stats", "--by", "open", "--org", "Google", "--no-header");
    assertEquals("no\t5\nyes\t2\n", r.out());
  }

  @Test
  void jsonGivesTheCounts() throws Exception {
    Cli.Result r = Cli.terminal(80).fixture("stats", "--by", "year", "--json");
    assertEquals(0, r.exit());
    assertFalse(r.out().contains("\u001b"));
    JsonNode stats = JSON.readTree(r.out());
    assertEquals("year", stats.get("by").asText());
    assertEquals(12, stats.get("models").asInt());
    assertEquals(6, stats.get("counts").get("2023").asInt());
    assertEquals(1, stats.get("counts").get("unknown").asInt());
  }

  @Test
  void unknownBreakdownIsAUsageError() {
    Cli.Result r = Cli.piped().fixture("stats", "--by", "colour");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--by"), r.err());
  }

  @Test
  void emptyResultDrawsNoBars() {
    Cli.Result r = Cli.piped().fixture("stats", "--org", "BAAI", "--closed");
    assertEquals(0, r.exit());
    assertEquals("FAMILY\tMODELS\n", r.out());
  }
}
