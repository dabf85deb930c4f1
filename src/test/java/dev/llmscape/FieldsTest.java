package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --fields} on every JSON and CSV output, as gh's {@code --json fields}. */
class FieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void listWritesTheChosenFieldsInTheChosenOrder() throws Exception {
    JsonNode list =
        JSON.readTree(Cli.piped().fixture("list", "--fields", "released,name,org").out());
    assertEquals(12, list.size());
    for (JsonNode m : list) {
      assertEquals(List.of("released", "name", "org"), fields(m));
    }
    assertEquals("Gopher", list.get(1).get("name").asText());
  }

  @Test
  void fieldsImplyJsonAndRepeatsCountOnce() throws Exception {
    Cli.Result r = Cli.terminal(80).fixture("list", "--org", "LMSYS", "--fields", "id, name,id");
    assertEquals("[\n  {\n    \"id\" : \"vicuna\",\n    \"name\" : \"Vicuna\"\n  }\n]\n", r.out());
  }

  @Test
  void showOffersTheDetailFieldsToo() throws Exception {
    JsonNode bard =
        JSON.readTree(Cli.piped().fixture("show", "bard", "--fields", "name,lineage").out());
    assertEquals(List.of("name", "lineage"), fields(bard));
    assertEquals("palm-2", bard.get("lineage").get(1).get("id").asText());
  }

  @Test
  void catalogAndStatsSelectTheirOwnFields() throws Exception {
    JsonNode info =
        JSON.readTree(Cli.piped().fixture("catalog", "--fields", "models,version").out());
    assertEquals(List.of("models", "version"), fields(info));
    JsonNode stats = JSON.readTree(Cli.piped().fixture("stats", "--fields", "counts").out());
    assertEquals(List.of("counts"), fields(stats));
    assertEquals(7, stats.get("counts").get("Google").asInt());
  }

  @Test
  void compareSelectsItsOwnFields() throws Exception {
    JsonNode cmp =
        JSON.readTree(
            Cli.piped()
                .fixture("compare", "llama", "vicuna", "--fields", "commonAncestor,differences")
                .out());
    assertEquals(List.of("commonAncestor", "differences"), fields(cmp));
    assertEquals("llama", cmp.get("commonAncestor").get("id").asText());
  }

  @Test
  void exportFormatsSelectFields() throws Exception {
    assertEquals(
        "{\"name\":\"T5\",\"open\":true}",
        Cli.piped()
            .fixture("export", "-o", "jsonl", "--fields", "name,open")
            .out()
            .lines()
            .findFirst()
            .orElseThrow());
    JsonNode json =
        JSON.readTree(Cli.piped().fixture("export", "-o", "json", "--fields", "family").out());
    assertEquals(List.of("family"), fields(json.get(0)));
    assertTrue(
        Cli.piped()
            .fixture("export", "-o", "tsv", "--fields", "name,params")
            .out()
            .startsWith("name\tparams\nT5\t60M-11B\n"));
  }

  @ParameterizedTest
  @CsvSource({
    "list, nmae",
    "list, lineage",
    "show bard, nmae",
    "catalog, byColour",
    "stats, count",
    "compare llama vicuna, diffs",
    "export -o csv, nmae"
  })
  void anUnknownFieldExitsTwoListingTheAvailableOnes(String command, String field) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--fields");
    args.add(field);
    Cli.Result r = Cli.piped().fixture(args.toArray(String[]::new));
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("llmscape: unknown field '" + field + "'\n"), r.err());
    assertTrue(r.err().contains("Available fields: "), r.err());
  }

  @Test
  void theAvailableFieldsAreTheOutputsContract() {
    Cli.Result list = Cli.piped().fixture("list", "--fields", "x");
    assertEquals(
        "llmscape: unknown field 'x'\nAvailable fields: "
            + String.join(", ", JsonContractTest.MODEL_FIELDS)
            + "\n",
        list.err());
    Cli.Result stats = Cli.piped().fixture("stats", "--fields", "x,y");
    assertEquals(
        "llmscape: unknown fields 'x', 'y'\nAvailable fields: by, models, counts\n", stats.err());
    Cli.Result none = Cli.piped().fixture("list", "--fields", ",");
    assertEquals(2, none.exit());
    assertTrue(none.err().startsWith("llmscape: --fields needs at least one field"), none.err());
  }
}
