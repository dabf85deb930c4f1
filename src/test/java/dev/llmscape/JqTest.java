package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --jq EXPR} on the commands with JSON output, and what a run without it loads. */
class JqTest {
  @Test
  void listNamesAsRawStrings() {
    Cli.Result r =
        Cli.piped().fixture("list", "--org", "Meta", "--sort", "date", "--jq", ".[].name");
    assertEquals(0, r.exit(), r.err());
    assertEquals("LLaMA\nLlama 2\nMystery\n", r.out());
    // On a terminal too: --jq asks for JSON, not the table.
    assertEquals(
        r.out(),
        Cli.terminal(100)
            .fixture("list", "--org", "Meta", "--sort", "date", "--jq", ".[].name")
            .out());
  }

  @Test
  void everyJsonCommandTakesIt() {
    assertEquals("Vicuna\n", Cli.piped().fixture("show", "vicuna", "--jq", ".name").out());
    assertEquals(
        "llama\n",
        Cli.piped()
            .fixture("filter", "org:Meta", "size:7B..65B", "-name:\"llama 2\"", "--jq", ".[].id")
            .out());
    assertEquals("12\n", Cli.piped().fixture("catalog", "--jq", ".models").out());
    assertEquals("0\n", Cli.piped().fixture("validate", "--jq", ".errors").out());
    assertEquals(
        "vicuna\n",
        Cli.piped().fixture("export", "--jq", ".[] | select(.id == \"vicuna\") | .id").out());
    Cli.Result lineage = Cli.piped().fixture("lineage", "llama", "--jq", ".id");
    assertEquals(0, lineage.exit(), lineage.err());
    assertEquals("llama\n", lineage.out());
    Cli.Result objects = Cli.piped().fixture("show", "vicuna", "--jq", "{id, open}");
    assertTrue(objects.out().contains("\"open\" : true"), objects.out());
  }

  @Test
  void aMalformedExpressionIsAUsageError() {
    Cli.Result r = Cli.piped().fixture("list", "--jq", ".[");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("llmscape: --jq: "), r.err());
  }

  /** jq and data binding cost start-up time: a run without --jq must not load them. */
  @Test
  void aRunWithoutJqLoadsNeitherJqNorDatabind() throws Exception {
    String log = ClassLoadLog.of("list", "--org", "Meta", "--json");
    assertTrue(log.contains("dev.llmscape.cli.ListCommand"), "no class log?");
    assertFalse(log.contains("net.thisptr"), "jq loaded");
    assertFalse(log.contains("com.fasterxml.jackson.databind"), "databind loaded");
    assertFalse(log.contains("dev.llmscape.render.JqFilter"), "JqFilter loaded");
  }
}
