package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad command lines explained in llmscape's words, with what was probably meant. */
class ErrorWordsTest {
  @Test
  void aMistypedCommandSuggestsTheCommand() {
    Cli.Result r = Cli.piped().run("lsit");
    assertEquals(2, r.exit());
    assertEquals(
        "llmscape: 'lsit' is not a command\nDid you mean: list?\nRun 'llmscape --help' for usage.\n",
        r.err());
  }

  @Test
  void wordsAfterListPointToFilter() {
    Cli.Result r = Cli.piped().fixture("list", "llama");
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("Unmatched"), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "llmscape: list takes options only, not 'llama' (to search by words: filter llama)\n"),
        r.err());
  }

  @Test
  void anUnknownOptionIsNamed() {
    Cli.Result r = Cli.piped().fixture("show", "vicuna", "--jsn");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("llmscape: show has no option '--jsn'\n"), r.err());
    assertFalse(r.err().contains("index"), r.err());
  }

  @Test
  void anUnquotedNameWithSpacesIsOneName() {
    Cli.Result quoted = Cli.piped().run("show", "Llama 2", "--json");
    Cli.Result unquoted = Cli.piped().run("show", "Llama", "2", "--json");
    assertEquals(0, unquoted.exit(), unquoted.err());
    assertEquals(quoted.out(), unquoted.out());
  }
}
