package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"llama 2", "LLaMA-2", "Llama2", "llama_2", "LLAMA 2", "llama-2"})
  void namesMatchIgnoringCaseSpacesAndHyphens(String name) {
    Cli.Result r = Cli.piped().fixture("show", name);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Llama 2\n"), r.out());
  }

  /** The card adds to the published figure only what it leaves out, never the same thing twice. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "mixtral|46.7B total (12.9B active)",
        "llama|7B/13B/33B/65B",
        "gemma-3|270M-27B [270M, 1B, 4B, 12B, 27B]",
        "gpt-4|undisclosed",
        "palm-2|340B (press report, unconfirmed) [Gecko, Otter, Bison, Unicorn]"
      })
  void paramsLineAddsOnlyWhatTheFigureLeavesOut(String idAndLine) {
    String[] parts = idAndLine.split("\\|");
    Cli.Result r = Cli.piped().run("show", parts[0]);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\nparams       " + parts[1] + "\n"), r.out());
  }

  @Test
  void linksStayWholeOnANarrowTerminal() {
    Cli.Result r = Cli.terminal(40).env("NO_COLOR", "1").run("show", "gpt-4");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("https://arxiv.org/abs/2303.08774\n"), r.out());
  }

  @Test
  void orgLineNamesTheOrgOnce() {
    assertTrue(
        Cli.piped().run("show", "llama").out().contains("\norg          Meta AI (Meta family)\n"));
    assertTrue(Cli.piped().run("show", "ernie-bot").out().contains("\norg          Baidu 百度\n"));
  }

  @Test
  void chineseNameFindsChinchilla() {
    Cli.Result r = Cli.piped().fixture("show", "龙猫");
    assertEquals(0, r.exit());
    Golden.assertMatches("show-chinchilla.piped.txt", r.out());
  }

  @Test
  void seedSpellingWithChineseFindsTheModel() {
    assertTrue(Cli.piped().fixture("show", "天鹰Aquila").out().startsWith("Aquila-7B  天鹰"));
  }

  @Test
  void cardOnATerminalIsStyledAndWrapped() {
    Cli.Result r = Cli.terminal(60).fixture("show", "bard");
    assertEquals(0, r.exit());
    Golden.assertMatches("show-bard.tty60.txt", r.out());
  }

  @Test
  void cardListsBasesWithRelationsAndDerivatives() {
    String out = Cli.piped().fixture("show", "Bard").out();
    assertTrue(
        out.contains(
            "based on     PaLM (product-of, unconfirmed), PaLM 2 (product-of, since 2023-05)"),
        out);
    String llama = Cli.piped().fixture("show", "LLaMA").out();
    assertTrue(llama.contains("derivatives  Vicuna"), llama);
  }

  @Test
  void unknownNameExitsOneWithSuggestions() {
    Cli.Result r = Cli.piped().fixture("show", "Llamma");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertEquals("llmscape: no model named 'Llamma'\nDid you mean: LLaMA, Llama 2?\n", r.err());
  }

  @Test
  void unknownNameWithNothingCloseHasNoSuggestionLine() {
    Cli.Result r = Cli.piped().fixture("show", "zzzzzzzzzz");
    assertEquals(1, r.exit());
    assertEquals("llmscape: no model named 'zzzzzzzzzz'\n", r.err());
  }

  @Test
  void helpOptionWorksOnEverySubcommand() {
    for (String command : new String[] {"list", "show", "catalog", "lineage"}) {
      Cli.Result r = Cli.piped().run(command, "--help");
      assertEquals(0, r.exit(), command + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: llmscape " + command), r.out());
      assertTrue(r.out().contains("Exit codes") || r.out().contains("exit codes"), r.out());
    }
  }

  @Test
  void missingNameIsAUsageError() {
    Cli.Result r = Cli.piped().fixture("show");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing required parameter: 'NAME'"), r.err());
  }

  @Test
  void ambiguousAliasListsTheCandidates() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("ambiguous", ".json");
    String text =
        java.nio.file.Files.readString(Cli.fixturePath())
            .replace("\"aliases\": [\"LLaMA 1\"]", "\"aliases\": [\"Meta model\"]")
            .replace("\"aliases\": [\"LLaMA 2\"]", "\"aliases\": [\"LLaMA 2\", \"Meta model\"]");
    java.nio.file.Files.writeString(file, text);
    Cli.Result r = Cli.piped().run("--only", "--catalog", file.toString(), "show", "meta-model");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("'meta-model' names 2 models; say which:"), r.err());
    assertTrue(r.err().contains("  llama  (LLaMA)"), r.err());
    assertTrue(r.err().contains("  llama-2  (Llama 2)"), r.err());
  }

  @Test
  void jsonHasNoColourEvenWhenForced() {
    Cli.Result r = Cli.terminal(80).fixture("show", "chinchilla", "--json", "--color=always");
    assertFalse(r.out().contains("\u001b"));
    assertTrue(r.out().contains("\"nameZh\" : \"龙猫\""), r.out());
  }
}
