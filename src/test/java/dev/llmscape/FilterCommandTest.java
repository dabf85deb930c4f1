package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code filter} run against the fixture catalog, qualifier by qualifier. */
class FilterCommandTest {

  /** The ids a piped run lists, in order; fails the test on a non-zero exit. */
  private static List<String> ids(String... query) {
    String[] args = new String[query.length + 1];
    args[0] = "filter";
    System.arraycopy(query, 0, args, 1, query.length);
    Cli.Result r = Cli.piped().fixture(args);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    if (r.out().isEmpty()) {
      return List.of();
    }
    return Arrays.stream(r.out().split("\n")).skip(1).map(l -> l.split("\t")[0]).toList();
  }

  private static Cli.Result filter(String... query) {
    String[] args = new String[query.length + 1];
    args[0] = "filter";
    System.arraycopy(query, 0, args, 1, query.length);
    return Cli.piped().fixture(args);
  }

  @Test
  void org() {
    assertEquals(List.of("gopher", "palm", "palm-2"), ids("org:Google", "size:>=100B"));
    assertEquals(List.of("palm-2"), ids("org:\"Google DeepMind\""));
    // The shell removed the quotes: one word with a space is still one value.
    assertEquals(List.of("palm-2"), ids("org:Google DeepMind"));
    assertEquals(List.of("aquila-7b"), ids("org:北京智源人工智能研究院"));
  }

  @Test
  void pipedRowsLeaveUnknownsEmpty() {
    Cli.Result r = Cli.piped().fixture("filter", "open:unknown");
    assertEquals(0, r.exit(), r.err());
    String row = r.out().lines().skip(1).findFirst().orElseThrow();
    String[] cells = row.split("\t", -1);
    assertEquals("mystery", cells[0]);
    assertEquals("", cells[5], "OPEN: " + row);
  }

  @Test
  void open() {
    assertEquals(List.of("bard", "palm-2"), ids("open:no", "date:2023"));
    assertEquals(List.of("mystery"), ids("open:unknown"));
    assertEquals(
        List.of("t5", "flan-t5", "llama", "vicuna", "aquila-7b", "llama-2"), ids("open:yes"));
  }

  @Test
  void size() {
    // LLaMA (7B-65B) matches through its 7B and 13B variants.
    assertEquals(List.of("llama", "llama-2"), ids("org:Meta", "size:7B..13B"));
    assertEquals(List.of("t5", "flan-t5"), ids("size:..1B"));
    assertEquals(List.of("palm"), ids("size:>340B"));
    assertEquals(List.of("palm", "palm-2"), ids("size:340B.."));
    assertEquals(List.of("bard", "mystery"), ids("size:unknown"));
    assertEquals(List.of("t5", "flan-t5"), ids("size:11b"));
  }

  @Test
  void date() {
    assertEquals(
        List.of("chinchilla", "palm", "flan-t5"), ids("date:2022-01..2022-12", "-org:Meta"));
    assertEquals(List.of("aquila-7b"), ids("date:2023-06"));
    assertEquals(List.of("t5", "gopher"), ids("date:<2022"));
    assertEquals(List.of("mystery"), ids("date:unknown"));
  }

  @Test
  void categoryAndLicense() {
    assertEquals(List.of("bard", "vicuna"), ids("category:chat"));
    assertEquals(List.of("t5", "flan-t5"), ids("license:apache"));
    assertEquals(List.of("llama", "llama-2"), ids("licence:LLAMA"));
  }

  @Test
  void baseAndFrom() {
    assertEquals(List.of("vicuna"), ids("base:LLaMA"));
    assertEquals(List.of("bard"), ids("base:\"PaLM 2\""));
    assertEquals(List.of("flan-t5"), ids("from:T5"));
    assertEquals(List.of(), ids("base:Vicuna"));
  }

  @Test
  void lineageAcrossGenerationsAndCycles() {
    String catalog = Cli.resource("/derivations/catalog.json").toString();
    Cli.Result r =
        Cli.piped().run("--only", "--catalog", catalog, "filter", "from:root", "--sort", "name");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("child", "grandchild", "merge", "sibling"),
        Arrays.stream(r.out().split("\n")).skip(1).map(l -> l.split("\t")[0]).toList());
    Cli.Result direct =
        Cli.piped().run("--only", "--catalog", catalog, "filter", "base:root", "--no-header");
    assertEquals(2, direct.out().split("\n").length, direct.out());
    // loop-a and loop-b name each other as bases: the walk ends, and never lists the model itself.
    Cli.Result loop =
        Cli.piped().run("--only", "--catalog", catalog, "filter", "from:loop-a", "--sort", "name");
    assertEquals(0, loop.exit(), loop.err());
    assertTrue(loop.out().contains("loop-b\t") && loop.out().contains("tail\t"), loop.out());
    assertFalse(loop.out().contains("loop-a\t"), loop.out());
  }

  @Test
  void bareWordsMatchNamesAliasesAndChineseNamesOnly() {
    assertEquals(List.of("llama", "llama-2"), ids("llama"));
    assertEquals(List.of("chinchilla"), ids("龙猫"));
    assertEquals(List.of("llama-2"), ids("\"llama 2\""));
    // Notes and org names are not searched unless asked for.
    assertEquals(List.of(), ids("compute-optimal"));
    assertEquals(List.of(), ids("brain"));
    assertEquals(List.of("chinchilla"), ids("compute-optimal", "in:notes"));
    assertEquals(List.of("chinchilla"), ids("in:notes compute-optimal"));
    assertEquals(List.of("llama", "llama-2"), ids("in:name", "llama"));
  }

  @Test
  void nameQualifierMatchesNamesAliasesAndChineseNames() {
    assertEquals(List.of("llama", "llama-2"), ids("name:llama"));
    assertEquals(List.of("chinchilla"), ids("name:龙猫"));
    assertEquals(List.of("llama", "mystery"), ids("org:Meta", "-name:\"llama 2\""));
  }

  @Test
  void inTakesNameOrNotes() {
    Cli.Result r = filter("in:org", "llama");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("in: takes name or notes"), r.err());
  }

  @Test
  void bundledLlamaSearchFindsOnlyModelsCalledLlama() {
    Cli.Result r = Cli.piped().run("filter", "llama", "--json", "--fields", "name,aliases");
    assertEquals(0, r.exit(), r.err());
    try {
      JsonNode all = new ObjectMapper().readTree(r.out());
      assertTrue(all.size() > 5, r.out());
      for (JsonNode m : all) {
        String names = (m.get("name").asText() + " " + m.get("aliases")).toLowerCase();
        assertTrue(names.contains("llama"), m.toString());
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void orAndNegation() {
    assertEquals(List.of("bard", "vicuna", "mystery"), ids("category:chat", "OR", "open:unknown"));
    assertEquals(List.of("bard", "vicuna", "mystery"), ids("category:chat OR open:unknown"));
    assertEquals(List.of("llama", "llama-2"), ids("org:Meta", "-size:unknown"));
    assertEquals(List.of("llama", "llama-2"), ids("--", "-size:unknown", "org:Meta"));
  }

  @Test
  void sharesListsOutputOptions() throws Exception {
    assertEquals(
        List.of("palm", "palm-2"),
        ids("org:Google", "--sort", "size", "--reverse", "--limit", "2"));
    Cli.Result r = filter("org:LMSYS", "--no-header");
    assertEquals("vicuna\tVicuna\tLMSYS\tchat\t2023-03-30\tyes\t7B/13B\t\n", r.out());
    JsonNode json = new ObjectMapper().readTree(filter("org:LMSYS", "--json").out());
    assertEquals(1, json.size());
    assertEquals("vicuna", json.get(0).get("id").asText());
    Cli.Result tty = Cli.terminal(100).fixture("filter", "org:Meta", "--color", "never");
    Golden.assertMatches("filter-org-meta.tty100.nocolor.txt", tty.out());
  }

  @Test
  void noMatchIsOkAndSaysSoOnATerminal() {
    Cli.Result piped = filter("org:BAAI", "open:no");
    assertEquals(0, piped.exit());
    assertEquals("", piped.out());
    assertEquals("", piped.err());
    Cli.Result tty = Cli.terminal(80).fixture("filter", "org:BAAI", "open:no");
    assertEquals(0, tty.exit());
    assertEquals("no models match\n", tty.err());
  }

  @Test
  void malformedValueEchoesTheQueryWithACaret() {
    Cli.Result r = filter("org:Meta", "size:>>7B");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(
        "llmscape: bad query: size: unexpected '>' (one comparison: >, >=, <, <= or =)\n"
            + "  org:Meta size:>>7B\n"
            + "                 ^\n"
            + "sizes: 7B, >=7B, <1B, 7B..70B, ..1B, 100B.., unknown (units K, M, B, T)\n",
        r.err());
    Cli.Result date = filter("date:2023-13");
    assertEquals(2, date.exit());
    assertTrue(date.err().contains("  date:2023-13\n       ^^^^^^^\n"), date.err());
    // Wide characters before the bad part move the caret by their display width.
    Cli.Result wide = filter("龙猫", "size:7X");
    assertTrue(wide.err().contains("  龙猫 size:7X\n            ^^\n"), wide.err());
  }

  @Test
  void theEchoedQueryCannotCarryEscapeSequences() {
    Cli.Result r = filter("\u001b]0;pwned\u0007", "size:>>7B");
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("\u001b"), r.err());
    assertTrue(r.err().contains("  \u241b]0;pwned\u2407 size:>>7B\n"), r.err());
  }

  @Test
  void unknownQualifierListsTheKnownOnesAndSuggests() {
    Cli.Result colour = filter("colour:blue");
    assertEquals(2, colour.exit());
    assertEquals(
        "llmscape: bad query: unknown qualifier 'colour:'\n"
            + "  colour:blue\n"
            + "  ^^^^^^\n"
            + "known qualifiers: org, open, access, commercial, size, active, date, announced,"
            + " category, arch, context, input, output, modality, cutoff, tokens, compute,"
            + " license, base, from, name, in\n",
        colour.err());
    Cli.Result typo = filter("catgory:chat");
    assertEquals(2, typo.exit());
    assertTrue(typo.err().endsWith("Did you mean: category?\n"), typo.err());
  }

  @Test
  void unknownNamesInsideQualifiersExitOneWithSuggestions() {
    Cli.Result org = filter("org:Gogle");
    assertEquals(1, org.exit());
    assertTrue(org.err().contains("no org or family named 'Gogle'"), org.err());
    assertTrue(org.err().contains("Did you mean: Google"), org.err());
    Cli.Result base = filter("base:Lama");
    assertEquals(1, base.exit());
    assertTrue(base.err().contains("no model named 'Lama'"), base.err());
    assertTrue(base.err().contains("LLaMA"), base.err());
  }

  @Test
  void usageErrors() {
    assertEquals(2, filter().exit());
    Cli.Result option = filter("org:Meta", "--jsn");
    assertEquals(2, option.exit());
    assertTrue(option.err().contains("filter has no option '--jsn'"), option.err());
    assertTrue(option.err().contains("--json"), option.err());
  }
}
