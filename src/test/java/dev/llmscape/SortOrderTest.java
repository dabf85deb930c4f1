package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --sort -KEY} runs descending; {@code --limit N} alone keeps the newest N. */
class SortOrderTest {
  private static List<String> ids(Cli.Result r) {
    assertEquals(0, r.exit(), r.err());
    return Arrays.stream(r.out().split("\n")).skip(1).map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void minusKeySortsDescending() {
    List<String> up = ids(Cli.piped().fixture("list", "--sort", "date"));
    List<String> down = ids(Cli.piped().fixture("list", "--sort", "-date"));
    assertEquals(up.get(0), down.get(down.size() - 1 - unknownDates(up)));
    assertEquals(ids(Cli.piped().fixture("list", "--sort", "date", "--reverse")), down);
    assertEquals(down, ids(Cli.piped().fixture("list", "-s", "-date")));
    List<String> bigFirst = ids(Cli.piped().fixture("list", "--sort", "-size"));
    assertEquals(ids(Cli.piped().fixture("list", "--sort", "size", "--reverse")), bigFirst);
    assertEquals(
        down,
        ids(Cli.piped().fixture("filter", "open:yes OR open:no OR open:unknown", "--sort=-date")));
  }

  /** A name sort runs wholly backwards with -name; -org reorders the same models. */
  @Test
  void minusNameAndMinusOrg() {
    List<String> byName = ids(Cli.piped().fixture("list", "--sort", "name"));
    List<String> backwards = new java.util.ArrayList<>(byName);
    java.util.Collections.reverse(backwards);
    assertEquals(backwards, ids(Cli.piped().fixture("list", "--sort", "-name")));
    List<String> byOrg = ids(Cli.piped().fixture("list", "--sort", "org"));
    List<String> orgsDown = ids(Cli.piped().fixture("list", "--sort", "-org"));
    assertEquals(java.util.Set.copyOf(byOrg), java.util.Set.copyOf(orgsDown));
    assertTrue(!byOrg.equals(orgsDown));
  }

  private static int unknownDates(List<String> ids) {
    return (int) ids.stream().filter(id -> id.equals("mystery")).count();
  }

  @Test
  void limitAloneShowsTheNewest() {
    List<String> down = ids(Cli.piped().fixture("list", "--sort", "-date"));
    assertEquals(down.subList(0, 3), ids(Cli.piped().fixture("list", "--limit", "3")));
    assertEquals(down.subList(0, 2), ids(Cli.piped().fixture("list", "-n", "2")));
    // An explicit sort keeps its own direction.
    List<String> up = ids(Cli.piped().fixture("list", "--sort", "date"));
    assertEquals(up.subList(0, 3), ids(Cli.piped().fixture("list", "--sort", "date", "-n", "3")));
  }

  @Test
  void exportTakesSortAndLimit() {
    Cli.Result r =
        Cli.piped()
            .fixture("export", "-o", "tsv", "--fields", "id", "--sort", "-date", "--limit", "2");
    assertEquals(0, r.exit(), r.err());
    List<String> down = ids(Cli.piped().fixture("list", "--sort", "-date"));
    assertEquals(down.subList(0, 2), Arrays.stream(r.out().split("\n")).skip(1).toList());
  }

  @Test
  void unknownSortKeyIsAUsageError() {
    Cli.Result r = Cli.piped().fixture("list", "--sort", "-speed");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("'-speed' is not a sort key"), r.err());
  }
}
