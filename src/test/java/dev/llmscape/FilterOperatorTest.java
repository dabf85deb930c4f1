package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code OR} with nothing before it is a malformed query however the shell split the words. */
class FilterOperatorTest {
  @Test
  void leadingOrInOneWordIsAUsageError() {
    Cli.Result r = Cli.piped().fixture("filter", "OR llama");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("OR needs a term on each side"), r.err());
  }

  @Test
  void leadingOrAsItsOwnWordIsAUsageError() {
    Cli.Result r = Cli.piped().fixture("filter", "OR", "llama");
    assertEquals(2, r.exit(), r.out() + r.err());
  }

  @Test
  void trailingOrInOneWordIsAUsageError() {
    assertEquals(2, Cli.piped().fixture("filter", "llama OR").exit());
  }
}
