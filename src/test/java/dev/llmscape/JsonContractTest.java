package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the JSON fields of each command: docs/json.md is a public contract. */
class JsonContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> MODEL_FIELDS =
      List.of(
          "id",
          "name",
          "nameZh",
          "aliases",
          "org",
          "orgId",
          "family",
          "category",
          "released",
          "open",
          "params",
          "base",
          "links",
          "license",
          "access",
          "announced",
          "context",
          "maxOutput",
          "modalities",
          "knowledgeCutoff",
          "architecture",
          "training",
          "ids",
          "sources",
          "unconfirmed");
  static final List<String> SHOW_EXTRA =
      List.of("lineage", "derivatives", "trainedWith", "notes", "corrections", "seed");
  static final List<String> PARAMS_FIELDS =
      List.of("text", "min", "max", "variants", "active", "confirmed");

  static List<String> fieldsOf(JsonNode node) {
    return fields(node);
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void listIsAnArrayOfModelObjects() throws Exception {
    JsonNode root = JSON.readTree(Cli.piped().fixture("list", "--json").out());
    assertTrue(root.isArray());
    assertEquals(12, root.size());
    for (JsonNode m : root) {
      assertEquals(MODEL_FIELDS, fields(m));
    }
    JsonNode llama2 = root.get(root.size() - 2);
    assertEquals("llama-2", llama2.get("id").asText());
    assertEquals("Meta AI", llama2.get("org").asText());
    assertEquals("Meta", llama2.get("family").asText());
    assertEquals(PARAMS_FIELDS, fields(llama2.get("params")));
    assertEquals(70_000_000_000L, llama2.get("params").get("max").asLong());
    assertTrue(llama2.get("open").asBoolean());
  }

  @Test
  void unknownsAreNulls() throws Exception {
    JsonNode mystery = JSON.readTree(Cli.piped().fixture("show", "mystery", "--json").out());
    assertTrue(mystery.get("released").isNull());
    assertTrue(mystery.get("open").isNull());
    assertTrue(mystery.get("params").get("min").isNull());
    assertTrue(mystery.get("license").isNull());
    JsonNode bard = JSON.readTree(Cli.piped().fixture("show", "bard", "--json").out());
    assertTrue(bard.get("params").isNull());
  }

  @Test
  void showIsOneObjectWithDetailFields() throws Exception {
    JsonNode bard = JSON.readTree(Cli.piped().fixture("show", "bard", "--json").out());
    List<String> expected = new ArrayList<>(MODEL_FIELDS);
    expected.addAll(SHOW_EXTRA);
    assertEquals(expected, fields(bard));
    JsonNode edge = bard.get("lineage").get(1);
    assertEquals(List.of("id", "name", "relation", "since", "confirmed"), fields(edge));
    assertTrue(edge.get("confirmed").asBoolean());
    assertFalse(bard.get("lineage").get(0).get("confirmed").asBoolean());
    assertEquals("palm-2", edge.get("id").asText());
    assertEquals("product-of", edge.get("relation").asText());
    assertEquals("2023-05", edge.get("since").asText());
    assertEquals("palm", bard.get("base").get(0).asText());
  }

  @Test
  void catalogInfoFields() throws Exception {
    JsonNode info = JSON.readTree(Cli.piped().fixture("catalog", "--json").out());
    assertEquals(
        List.of(
            "version",
            "date",
            "newestRelease",
            "source",
            "sources",
            "origin",
            "models",
            "orgs",
            "byCategory",
            "byOpenness",
            "byYear",
            "byFamily",
            "coverage",
            "changelog"),
        fields(info));
    assertEquals(12, info.get("models").asInt());
    assertEquals("bundled", info.get("origin").get("kind").asText());
    assertEquals(7, info.get("byFamily").get("Google").asInt());
    assertEquals("2023-07-18", info.get("newestRelease").asText());
    JsonNode coverage = info.get("coverage");
    assertEquals(
        List.of(
            "modalities",
            "access",
            "architecture",
            "context",
            "knowledgeCutoff",
            "training.tokens",
            "params.active"),
        fields(coverage));
    assertEquals(List.of("known", "of", "among"), fields(coverage.get("context")));
    // Models since 2023: PaLM 2, LLaMA, Llama 2, Vicuna, Aquila, Bard; two have a context.
    assertEquals(2, coverage.get("context").get("known").asInt());
    assertEquals(6, coverage.get("context").get("of").asInt());
    assertEquals("open foundation models", coverage.get("training.tokens").get("among").asText());
    assertEquals(1, coverage.get("training.tokens").get("known").asInt());
  }

  @Test
  void compareFields() throws Exception {
    JsonNode cmp = JSON.readTree(Cli.piped().fixture("compare", "vicuna", "llama", "--json").out());
    assertEquals(List.of("models", "differences", "commonAncestor", "relativeSizes"), fields(cmp));
    assertEquals(MODEL_FIELDS, fields(cmp.get("models").get(0)));
    assertTrue(cmp.get("differences").get(0).isTextual());
    assertEquals(List.of("id", "name"), fields(cmp.get("commonAncestor")));
    assertEquals("llama", cmp.get("commonAncestor").get("id").asText());
    assertTrue(cmp.get("relativeSizes").get(1).isNumber());
    JsonNode none = JSON.readTree(Cli.piped().fixture("compare", "t5", "bard", "--json").out());
    assertTrue(none.get("commonAncestor").isNull());
    assertTrue(none.get("relativeSizes").get(1).isNull());
  }

  @Test
  void statsFields() throws Exception {
    JsonNode stats = JSON.readTree(Cli.piped().fixture("stats", "--by", "size", "--json").out());
    assertEquals(List.of("by", "models", "counts"), fields(stats));
    assertEquals("size", stats.get("by").asText());
    assertEquals(List.of("1B-10B", "10B-100B", "100B-1T", "unknown"), fields(stats.get("counts")));
  }
}
