package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** stats, timeline and export take the filter language as a positional query. */
class QueryTermsTest {

  @Test
  void statsCountsOnlyTheQueriedModels() {
    Cli.Result r = Cli.piped().fixture("stats", "--by", "open", "org:Google", "-open:no");
    assertEquals(0, r.exit(), r.err());
    assertEquals("OPEN\tMODELS\nyes\t2\n", r.out());
  }

  @Test
  void queryAndOptionsCombine() {
    Cli.Result r = Cli.piped().fixture("export", "-o", "tsv", "--open", "org:Meta");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r.out());
    assertTrue(lines[1].startsWith("llama\t") && lines[2].startsWith("llama-2\t"), r.out());
  }

  @Test
  void timelineTakesAQuery() {
    Cli.Result r = Cli.piped().fixture("timeline", "org:LMSYS");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Vicuna"), r.out());
    assertTrue(!r.out().contains("LLaMA"), r.out());
  }

  @Test
  void malformedQueryAndMistypedOptionAreUsageErrors() {
    Cli.Result bad = Cli.piped().fixture("stats", "size:>>7B");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("^"), bad.err());
    Cli.Result option = Cli.piped().fixture("export", "--outpt", "csv");
    assertEquals(2, option.exit());
    assertTrue(option.err().contains("Possible solutions: --output"), option.err());
  }
}
