package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmscape.render.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code compare} against the fixture catalog: table, blocks, pipe and JSON. */
class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void terminalTableWithoutColour() {
    Cli.Result r =
        Cli.terminal(100).fixture("compare", "LLaMA", "Vicuna", "LLaMA 2", "--color", "never");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    Golden.assertMatches("compare-llama-vicuna-llama2.tty100.nocolor.txt", r.out());
  }

  @Test
  void differingValuesAreHighlightedAgainstTheFirstModel() {
    Cli.Result r = Cli.terminal(100).fixture("compare", "LLaMA", "Vicuna", "LLaMA 2");
    Golden.assertMatches("compare-llama-vicuna-llama2.tty100.txt", r.out());
    String highlight = "\u001b[1;33m";
    String orgRow = r.out().lines().filter(l -> l.contains("org")).findFirst().orElseThrow();
    assertTrue(orgRow.contains(highlight + "LMSYS"), orgRow);
    assertFalse(orgRow.contains(highlight + "Meta AI"), "same org as the first: " + orgRow);
    String categoryRow =
        r.out().lines().filter(l -> l.contains("category")).findFirst().orElseThrow();
    assertTrue(categoryRow.contains(highlight + "chat"), categoryRow);
  }

  @Test
  void pipedIsOnePlainTabSeparatedTable() {
    Cli.Result r = Cli.piped().fixture("compare", "LLaMA", "Vicuna", "LLaMA 2");
    assertEquals(0, r.exit());
    assertFalse(r.out().contains("\u001b["));
    Golden.assertMatches("compare-llama-vicuna-llama2.piped.txt", r.out());
    for (String line : r.out().split("\n")) {
      assertEquals(3, line.chars().filter(c -> c == '\t').count(), line);
    }
  }

  @Test
  void tooManyModelsForTheWidthWrapIntoBlocks() {
    Cli.Result r =
        Cli.terminal(60)
            .fixture(
                "compare", "T5", "Flan-T5", "PaLM", "PaLM 2", "Bard", "Gopher", "--color", "never");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("compare-six.tty60.nocolor.txt", r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(DisplayWidth.of(line) <= 60, "fits 60 columns: " + line);
    }
    List<String> headers = new ArrayList<>();
    r.out().lines().filter(l -> l.startsWith(" ")).forEach(headers::add);
    assertTrue(headers.size() >= 2, "more than one block: " + r.out());
  }

  @Test
  void commonAncestorIsTheNearestSharedOne() throws Exception {
    assertEquals("llama", ancestor("Vicuna", "LLaMA"));
    assertEquals("t5", ancestor("Flan-T5", "T5"));
    assertEquals("palm-2", ancestor("Bard", "PaLM 2"));
    assertEquals(null, ancestor("LLaMA", "LLaMA 2"));
    String lineage = Cli.resource("/derivations/catalog.json").toString();
    JsonNode json =
        JSON.readTree(
            Cli.piped()
                .run(
                    "--only",
                    "--catalog",
                    lineage,
                    "compare",
                    "grandchild",
                    "sibling",
                    "merge",
                    "--json")
                .out());
    assertEquals("root", json.get("commonAncestor").get("id").asText());
    JsonNode nearer =
        JSON.readTree(
            Cli.piped()
                .run("--only", "--catalog", lineage, "compare", "merge", "child", "--json")
                .out());
    assertEquals("child", nearer.get("commonAncestor").get("id").asText());
    Cli.Result tty =
        Cli.terminal(80)
            .run("--only", "--catalog", lineage, "compare", "loop-a", "tail", "--color=never");
    assertEquals(0, tty.exit(), tty.err());
    assertTrue(tty.out().contains("common ancestor  LOOP-"), tty.out());
  }

  private static String ancestor(String... names) throws Exception {
    List<String> args = new ArrayList<>(List.of("compare"));
    args.addAll(List.of(names));
    args.add("--json");
    JsonNode json = JSON.readTree(Cli.piped().fixture(args.toArray(String[]::new)).out());
    JsonNode a = json.get("commonAncestor");
    return a.isNull() ? null : a.get("id").asText();
  }

  @Test
  void jsonGivesModelsDifferencesAncestorAndRelativeSizes() throws Exception {
    Cli.Result r = Cli.piped().fixture("compare", "LLaMA", "Vicuna", "Mystery", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = JSON.readTree(r.out());
    assertEquals(
        List.of("models", "differences", "commonAncestor", "relativeSizes"),
        JsonContractTest.fieldsOf(json));
    assertEquals(3, json.get("models").size());
    for (JsonNode m : json.get("models")) {
      assertEquals(JsonContractTest.MODEL_FIELDS, JsonContractTest.fieldsOf(m));
    }
    List<String> differences = new ArrayList<>();
    json.get("differences").forEach(d -> differences.add(d.asText()));
    assertEquals(
        List.of("org", "category", "released", "open", "params", "license", "base", "links"),
        differences);
    assertEquals("1", json.get("relativeSizes").get(0).toString());
    assertEquals("0.2", json.get("relativeSizes").get(1).toString());
    assertTrue(json.get("relativeSizes").get(2).isNull());
    JsonNode same = JSON.readTree(Cli.piped().fixture("compare", "PaLM", "Gopher", "--json").out());
    List<String> fields = new ArrayList<>();
    same.get("differences").forEach(d -> fields.add(d.asText()));
    // Both have only a paper link: links differ by kind, not by URL.
    assertEquals(List.of("org", "released", "params"), fields);
  }

  @Test
  void unknownNamesExitOneWithSuggestions() {
    Cli.Result r = Cli.piped().fixture("compare", "LLaMA", "Gopherr");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no model named 'Gopherr'"), r.err());
    assertTrue(r.err().contains("Did you mean: Gopher"), r.err());
  }

  @Test
  void needsTwoModels() {
    Cli.Result r = Cli.piped().fixture("compare", "LLaMA");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("compare --help"), r.err());
  }
}
