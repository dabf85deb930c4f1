package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** On a narrow terminal the other columns give way before a model's name is shortened. */
class NarrowListTest {
  @Test
  void namesStayWholeAtSixtyColumns() {
    Cli.Result piped = Cli.piped().run("list", "--org", "Google", "--no-header");
    List<String> names = piped.out().lines().map(l -> l.split("\t")[1]).toList();
    assertTrue(names.stream().anyMatch(n -> n.startsWith("Gemini ")), piped.out());
    Cli.Result narrow = Cli.terminal(60).env("NO_COLOR", "1").run("list", "--org", "Google");
    assertEquals(0, narrow.exit(), narrow.err());
    for (String name : names) {
      assertTrue(narrow.out().contains(name), name + " cut in:\n" + narrow.out());
    }
    assertTrue(narrow.out().lines().allMatch(l -> l.length() <= 60), narrow.out());
  }
}
