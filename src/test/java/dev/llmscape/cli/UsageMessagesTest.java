package dev.llmscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmscape.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageMessagesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "list --open --open | llmscape: --open is given twice",
        "list --open --closed | llmscape: --open, --closed are mutually exclusive (specify only one)",
        "list --color bogus | llmscape: Invalid value for option '--color': expected one of auto,"
            + " always, never but was 'bogus'",
        "compare llama | llmscape: at least 2 NAMEs needed, got 1: llama",
        "completion tcsh | llmscape: Invalid value for SHELL: expected one of bash, zsh, fish but"
            + " was 'tcsh'"
      })
  void picocliMessagesAreSaidInLlmscapesWords(String args, String firstLine) {
    Cli.Result r = Cli.piped().fixture(args.split(" "));
    assertEquals(2, r.exit(), r.err());
    assertEquals(firstLine, r.err().lines().findFirst().orElse(""));
  }

  @Test
  void aRepeatedOptionTakesTheLastValue() {
    Cli.Result r = Cli.piped().fixture("list", "--limit", "3", "--limit", "1", "--no-header");
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.out().lines().count(), r.out());
  }

  @Test
  void unknownTextPassesThrough() {
    assertEquals("something else", UsageMessages.readable("something else"));
    assertEquals("", UsageMessages.readable(null));
  }
}
