package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.render.DisplayWidth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineCommandTest {

  private static void fits(String out, int width) {
    for (String line : out.split("\n")) {
      assertTrue(DisplayWidth.of(line) <= width, "fits " + width + " columns: " + line);
    }
  }

  @Test
  void terminalTimelineHasColouredMarksAndALegend() {
    Cli.Result r = Cli.terminal(80).fixture("timeline");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\u001b[32m●"), "open marks green");
    Golden.assertMatches("timeline.tty80.txt", r.out());
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 80, 120})
  void fixedWidthsWithoutColour(int width) {
    Cli.Result r = Cli.terminal(width).fixture("timeline", "--color", "never");
    Golden.assertMatches("timeline.tty" + width + ".nocolor.txt", r.out());
    fits(r.out(), width);
  }

  @Test
  void pipedIsPlainAsciiAt80Columns() {
    Cli.Result r = Cli.piped().fixture("timeline");
    assertEquals(0, r.exit());
    Golden.assertMatches("timeline.piped.txt", r.out());
    assertTrue(r.out().chars().allMatch(c -> c < 0x80), "ASCII only");
    fits(r.out(), 80);
    assertTrue(r.out().contains("*Vicuna"), r.out());
  }

  @Test
  void oneYearGetsAMonthAxis() {
    Cli.Result r = Cli.piped().fixture("timeline", "--since", "2023", "--until", "2023");
    Golden.assertMatches("timeline-2023.piped.txt", r.out());
    assertTrue(r.out().contains("\n2023   01    02   03 "), r.out());
  }

  /**
   * Within one year every month has a label wherever two columns and a gap fit between its tick and
   * the next: the year in the first label ("2024-01") used to cover February's tick, so "02" was
   * never printed. The year stands left of the axis instead.
   */
  @Test
  void aMonthAxisLabelsEveryMonthThatHasRoom() {
    for (String year : List.of("2023", "2024")) {
      for (Cli cli : List.of(Cli.piped(), Cli.terminal(80), Cli.terminal(120))) {
        Cli.Result r = cli.run("timeline", "--since", year, "--until", year, "--color", "never");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        String labels =
            lines.stream()
                .filter(l -> l.contains(" 01 "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(labels.startsWith(year + " "), labels);
        List<String> months = List.of(labels.substring(year.length()).trim().split(" +"));
        assertEquals(
            List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"),
            months,
            r.out());
      }
    }
  }

  @Test
  void theBundledCatalogFitsAnEightyColumnTerminal() {
    Cli.Result tty = Cli.terminal(80).run("timeline");
    assertEquals(0, tty.exit(), tty.err());
    fits(tty.out().replaceAll("\u001b\\[[0-9;]*m", ""), 80);
    Cli.Result piped = Cli.piped().run("timeline");
    fits(piped.out(), 80);
    assertFalse(piped.out().contains("\u001b"));
  }

  @Test
  void undatedModelsAreCountedNotDrawn() {
    Cli.Result r = Cli.piped().fixture("timeline");
    assertTrue(r.out().endsWith("(1 undated model not shown)\n"), r.out());
    assertTrue(r.out().startsWith("11 models by family, 2019-2023\n"), r.out());
  }

  @Test
  void emptyResultSaysSoOnATerminalOnly() {
    Cli.Result tty = Cli.terminal(80).fixture("timeline", "--org", "BAAI", "--closed");
    assertEquals(0, tty.exit());
    assertEquals("no models match\n", tty.err());
    Cli.Result piped = Cli.piped().fixture("timeline", "--org", "BAAI", "--closed");
    assertEquals("", piped.out());
    assertEquals("", piped.err());
  }
}
