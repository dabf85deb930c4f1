package dev.llmscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmscape.Cli;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.ModelQuery;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code list}'s options and {@code filter}'s qualifiers build one and the same query object. */
class SameQueryTest {
  private static final ModelLookup LOOKUP =
      new ModelLookup(CatalogLoader.file(Cli.fixturePath()).index());

  private static ModelQuery list(String... args) {
    ListCommand cmd = new ListCommand();
    new CommandLine(cmd).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return cmd.query(LOOKUP);
  }

  private static ModelQuery filter(String... args) {
    FilterCommand cmd = new FilterCommand();
    new CommandLine(cmd).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return cmd.query(LOOKUP);
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
        list("--open", "--sort", "size", "--reverse", "--limit", "3"),
        filter("open:yes", "--sort", "size", "--reverse", "--limit", "3"));
  }
}
