package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCommandTest {

  private static List<String> ids(String piped) {
    return Arrays.stream(piped.split("\n")).skip(1).map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void pipedOutputIsTabSeparatedWithHeaderAndNoColour() {
    Cli.Result r = Cli.piped().fixture("list", "--org", "Meta");
    assertEquals(0, r.exit());
    assertEquals("", r.err());
    Golden.assertMatches("list-org-meta.piped.txt", r.out());
    assertFalse(r.out().contains("\u001b["));
  }

  @Test
  void terminalOutputIsAlignedAndColoured() {
    Cli.Result r = Cli.terminal(100).fixture("list");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("\u001b["), "colour on a terminal");
    Golden.assertMatches("list-all.tty100.txt", r.out());
  }

  @Test
  void terminalWithoutColourIsAlignedByDisplayWidth() {
    Cli.Result r = Cli.terminal(100).fixture("list", "--color", "never");
    Golden.assertMatches("list-all.tty100.nocolor.txt", r.out());
    assertFalse(r.out().contains("\u001b["));
  }

  @Test
  void narrowTerminalTruncatesWithEllipsisAndNeverWraps() {
    Cli.Result r = Cli.terminal(50).fixture("list", "--color", "never");
    Golden.assertMatches("list-all.tty50.nocolor.txt", r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(dev.llmscape.render.DisplayWidth.of(line) <= 50, "line fits 50 columns: " + line);
    }
  }

  @Test
  void noColorAndClicolorForceAreHonoured() {
    assertFalse(Cli.terminal(100).env("NO_COLOR", "1").fixture("list").out().contains("\u001b["));
    assertTrue(Cli.piped().env("CLICOLOR_FORCE", "1").fixture("list").out().contains("\u001b["));
    assertFalse(Cli.piped().env("CLICOLOR_FORCE", "0").fixture("list").out().contains("\u001b["));
    assertTrue(Cli.terminal(100).fixture("list", "--color=always").out().contains("\u001b["));
  }

  @Test
  void familyNameCoversEveryOrgOfTheFamily() {
    List<String> ids = ids(Cli.piped().fixture("list", "--org", "google").out());
    assertEquals(List.of("t5", "gopher", "chinchilla", "palm", "flan-t5", "bard", "palm-2"), ids);
  }

  @Test
  void orgByAliasAndRepeatedOrgs() {
    List<String> ids = ids(Cli.piped().fixture("list", "--org", "FAIR", "--org", "lmsys").out());
    assertEquals(List.of("llama", "vicuna", "llama-2", "mystery"), ids);
  }

  @Test
  void opennessDateAndSizeFilters() {
    assertEquals(
        List.of("llama", "vicuna", "aquila-7b", "llama-2"),
        ids(Cli.piped().fixture("list", "--open", "--since", "2023").out()));
    assertEquals(
        List.of("gopher", "chinchilla", "palm"),
        ids(Cli.piped().fixture("list", "--closed", "--until", "2022-12").out()));
    // LLaMA has a 13B variant, so it is within 10B..20B although its range is 7B-65B.
    assertEquals(
        List.of("t5", "flan-t5", "llama", "vicuna", "llama-2"),
        ids(Cli.piped().fixture("list", "--min-size", "10B", "--max-size", "20B").out()));
    assertEquals(
        List.of("bard", "vicuna"),
        ids(Cli.piped().fixture("list", "--category", "chat", "--sort", "name").out()));
  }

  @Test
  void sortReverseAndLimit() {
    assertEquals(
        List.of("palm", "palm-2", "gopher"),
        ids(Cli.piped().fixture("list", "--sort", "size", "--reverse", "--limit", "3").out()));
    // Unknown dates sort last in either direction.
    List<String> reversed = ids(Cli.piped().fixture("list", "--reverse").out());
    assertEquals("llama-2", reversed.get(0));
    assertEquals("mystery", reversed.get(reversed.size() - 1));
  }

  @Test
  void emptyResultIsOkAndSaysSoOnlyOnATerminal() {
    Cli.Result piped = Cli.piped().fixture("list", "--org", "BAAI", "--closed");
    assertEquals(0, piped.exit());
    assertEquals("", piped.out(), "nothing to parse when nothing matches");
    assertEquals("", piped.err());
    Cli.Result tty = Cli.terminal(80).fixture("list", "--org", "BAAI", "--closed");
    assertEquals(0, tty.exit());
    assertEquals("no models match\n", tty.err());
    // --limit 0 asks for nothing: that is no statement about what matches.
    Cli.Result none = Cli.terminal(80).fixture("list", "--limit", "0");
    assertEquals(0, none.exit());
    assertEquals("", none.err());
  }

  /** On a very narrow terminal whole columns go, in a fixed order, rather than shrink to "…". */
  @Test
  void narrowTerminalsDropColumnsInsteadOfShowingEllipses() {
    Cli.Result twenty = Cli.terminal(20).env("NO_COLOR", "1").fixture("list", "--org", "Meta");
    assertEquals("NAME     RELEASED", twenty.out().lines().findFirst().orElseThrow().strip());
    Cli.Result thirty = Cli.terminal(30).env("NO_COLOR", "1").fixture("list", "--org", "Meta");
    assertEquals(
        "NAME     RELEASED    OPEN", thirty.out().lines().findFirst().orElseThrow().strip());
    assertFalse(thirty.out().contains("…"), thirty.out());
  }

  @Test
  void aSizeWithoutAUnitIsAUsageError() {
    Cli.Result r = Cli.piped().fixture("list", "--min-size", "7");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("'7' needs a unit: 7B is 7 billion"), r.err());
  }

  @Test
  void unknownOrgExitsOneWithSuggestion() {
    Cli.Result r = Cli.piped().fixture("list", "--org", "Gogle");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no org or family named 'Gogle'"), r.err());
    assertTrue(r.err().contains("Did you mean: Google"), r.err());
  }

  @Test
  void badValuesAndOptionsExitTwo() {
    Cli.Result size = Cli.piped().fixture("list", "--min-size", "lots");
    assertEquals(2, size.exit());
    assertTrue(size.err().contains("'lots' is not a size"), size.err());
    assertFalse(size.err().contains("at dev.llmscape"), "no stack trace");
    Cli.Result date = Cli.piped().fixture("list", "--since", "2023-13");
    assertEquals(2, date.exit());
    Cli.Result option = Cli.piped().fixture("list", "--orgg", "Meta");
    assertEquals(2, option.exit());
    assertTrue(option.err().startsWith("llmscape: list has no option '--orgg'\n"), option.err());
    assertTrue(option.err().contains("--org"), "suggests --org: " + option.err());
    Cli.Result both = Cli.piped().fixture("list", "--open", "--closed");
    assertEquals(2, both.exit());
  }

  @Test
  void noHeaderLeavesOutTheHeader() {
    Cli.Result r = Cli.piped().fixture("list", "--org", "LMSYS", "--no-header");
    assertEquals("vicuna\tVicuna\tLMSYS\tchat\t2023-03-30\tyes\t7B/13B\t\n", r.out());
  }
}
