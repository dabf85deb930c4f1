package dev.llmscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.llmscape.Cli;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.ModelQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code list}'s options and {@code filter}'s qualifiers build one and the same query object. Both
 * are parsed by the real command line ({@link Cli#parse}, built by {@link CommandLines#create}), so
 * its settings count: filter's unmatched options are terms, enum values take any case.
 */
class SameQueryTest {
  private static final ModelLookup LOOKUP = new ModelLookup(Cli.catalog(Cli.fixturePath()).index());

  private static ModelQuery list(String... args) {
    return Cli.piped().parse(ListCommand.class, command("list", args)).query(LOOKUP);
  }

  private static ModelQuery filter(String... args) {
    return Cli.piped().parse(FilterCommand.class, command("filter", args)).query(LOOKUP);
  }

  private static String[] command(String name, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--only", "--catalog", Cli.fixturePath().toString()));
    all.add(name);
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  @Test
  void orgAndMinimumSize() {
    assertEquals(list("--org", "Meta", "--min-size", "7B"), filter("org:Meta", "size:>=7B"));
  }

  @Test
  void everyListOptionHasAQualifier() {
    assertEquals(list("--max-size", "1.5T"), filter("size:<=1.5T"));
    assertEquals(list("--min-size", "7B", "--max-size", "70B"), filter("size:7B..70B"));
    assertEquals(list("--since", "2023-06"), filter("date:>=2023-06"));
    assertEquals(list("--until", "2022"), filter("date:<=2022"));
    assertEquals(list("--since", "2022-01", "--until", "2023-06"), filter("date:2022-01..2023-06"));
    assertEquals(list("--open"), filter("open:yes"));
    assertEquals(list("--closed"), filter("open:no"));
    assertEquals(list("--category", "chat"), filter("category:chat"));
    assertEquals(
        list("--category", "chat", "--category", "code"), filter("category:chat OR category:code"));
    assertEquals(list("--org", "FAIR", "--org", "lmsys"), filter("org:FAIR OR org:lmsys"));
    assertEquals(list("--org", "Google"), filter("org:\"Google DeepMind\" OR org:Google"));
  }

  @Test
  void sortingAndLimitAreSharedToo() {
    assertEquals(
        list("--open", "--sort", "SIZE", "--reverse", "--limit", "3"),
        filter("open:yes", "--sort", "size", "--reverse", "--limit", "3"));
  }

  /** A negated term looks like an option; the command line takes it as a term, even first. */
  @Test
  void aNegatedTermFirstIsATermNotAnOption() {
    ModelQuery negatedFirst = filter("-org:Meta", "date:2023");
    assertEquals(
        Set.copyOf(filter("date:2023", "-org:Meta").criteria()),
        Set.copyOf(negatedFirst.criteria()));
    assertNotEquals(filter("date:2023"), negatedFirst);
  }
}
