package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The smaller things a day of use found (issue 16, item 9). */
class SmallFixesTest {
  @Test
  void aFarFutureSinceIsADateThatMatchesNothing() {
    Cli.Result r = Cli.piped().fixture("list", "--since", "9999");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(0, Cli.piped().fixture("filter", "date:9999").exit());
  }

  @Test
  void minSizeZeroNeedsNoUnit() {
    Cli.Result r = Cli.piped().fixture("list", "--min-size", "0", "--no-header");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        Cli.piped().fixture("list", "--min-size", "1K", "--no-header").out().lines().count(),
        r.out().lines().count());
  }

  @Test
  void unicodeDashesFoldToHyphens() {
    String hyphen = Cli.piped().fixture("show", "flan-t5", "--json").out();
    assertEquals(hyphen, Cli.piped().fixture("show", "flan\u2010t5", "--json").out());
    assertEquals(hyphen, Cli.piped().fixture("show", "flan\u2013t5", "--json").out());
    assertEquals(hyphen, Cli.piped().fixture("show", "flan\uff0dt5", "--json").out());
  }

  @Test
  void noHeaderWhereThereIsNoTableIsRefused() {
    Cli.Result show = Cli.piped().fixture("show", "vicuna", "--no-header");
    assertEquals(2, show.exit());
    assertTrue(
        show.err().contains("--no-header does not apply: show prints a model card"), show.err());
    assertEquals(2, Cli.piped().fixture("catalog", "--no-header").exit());
  }

  @Test
  void repeatedFieldsAddUp() {
    Cli.Result r = Cli.piped().fixture("show", "vicuna", "--fields", "id", "--fields", "name");
    assertEquals(0, r.exit(), r.err());
    assertEquals("{\n  \"id\" : \"vicuna\",\n  \"name\" : \"Vicuna\"\n}\n", r.out());
  }

  @Test
  void aSingleDashOptionInAQueryGetsAHint() {
    Cli.Result r = Cli.piped().fixture("filter", "org:Meta", "-json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("'-json' is not an option: did you mean --json?"), r.err());
  }
}
