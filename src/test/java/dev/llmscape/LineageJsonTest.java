package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins {@code lineage --json}: docs/json.md is a public contract. */
class LineageJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> NODE_FIELDS;

  static {
    List<String> fields = new ArrayList<>(JsonContractTest.MODEL_FIELDS);
    fields.addAll(List.of("relation", "since", "confirmed", "mark", "parents", "children"));
    NODE_FIELDS = List.copyOf(fields);
  }

  private static JsonNode json(String... args) throws Exception {
    Cli.Result r = LineageCommandTest.ok(Cli.piped(), args);
    return JSON.readTree(r.out());
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static void assertEveryNodeHasTheFields(JsonNode node) {
    assertEquals(NODE_FIELDS, fields(node), node.get("id").asText());
    for (String side : List.of("parents", "children")) {
      if (node.get(side).isArray()) {
        node.get(side).forEach(LineageJsonTest::assertEveryNodeHasTheFields);
      }
    }
  }

  @Test
  void treeIsNestedNodesWithTheEdgeOnEachChild() throws Exception {
    JsonNode root = json("vicuna", "--json");
    assertEveryNodeHasTheFields(root);
    assertEquals("vicuna", root.get("id").asText());
    assertTrue(root.get("relation").isNull());
    assertTrue(root.get("mark").isNull());
    JsonNode llama = root.get("parents").get(0);
    assertEquals("llama", llama.get("id").asText());
    assertEquals("chat", llama.get("relation").asText());
    assertEquals(0, llama.get("parents").size());
    assertTrue(llama.get("children").isNull(), "ancestors are not walked down");
    JsonNode merged = root.get("children").get(1);
    assertEquals("merged-camelid", merged.get("id").asText());
    assertEquals("merged", merged.get("relation").asText());
    assertEquals("merged-camelid-q4", merged.get("children").get(0).get("id").asText());
    assertTrue(merged.get("parents").isNull());
    assertEquals("Meta AI", llama.get("org").asText());
  }

  @Test
  void sinceAndMarksAndUnwalkedSides() throws Exception {
    JsonNode bard = json("bard", "--up", "--json");
    assertTrue(bard.get("children").isNull());
    JsonNode palm2 = bard.get("parents").get(1);
    assertEquals("product-of", palm2.get("relation").asText());
    assertEquals("2023-05", palm2.get("since").asText());
    JsonNode llama = json("llama", "--down", "--json");
    assertTrue(llama.get("parents").isNull());
    JsonNode repeated = llama.get("children").get(1).get("children").get(1);
    assertEquals("merged-camelid", repeated.get("id").asText());
    assertEquals("repeated", repeated.get("mark").asText());
    assertTrue(repeated.get("children").isNull());
    JsonNode alpaca = llama.get("children").get(0);
    assertTrue(alpaca.get("relation").isNull(), "a plain id base has no relation");
    JsonNode cut = json("vicuna", "--depth", "1", "--json").get("children").get(1);
    assertEquals("depth-limit", cut.get("mark").asText());
    assertTrue(cut.get("children").isNull());
  }

  @Test
  void pathObject() throws Exception {
    JsonNode p = json("alpaca", "--to", "tiny-vicuna", "--json");
    assertEquals(List.of("from", "to", "kind", "top", "commonAncestor", "tree"), fields(p));
    assertEquals("common-ancestor", p.get("kind").asText());
    assertEquals("llama", p.get("top").asText());
    assertEveryNodeHasTheFields(p.get("tree"));
    assertEquals(2, p.get("tree").get("children").size());
    assertEquals("descendant", json("tiny-vicuna", "--to", "llama", "--json").get("kind").asText());
    assertEquals("ancestor", json("llama", "--to", "tiny-vicuna", "--json").get("kind").asText());
    assertEquals("same", json("llama", "--to", "llama", "--json").get("kind").asText());
    JsonNode none = json("loner", "--to", "llama", "--json");
    assertEquals("unrelated", none.get("kind").asText());
    assertTrue(none.get("top").isNull());
    assertTrue(none.get("commonAncestor").isNull());
    assertTrue(none.get("tree").isNull());
  }
}
