package dev.llmscape.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmscape.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog diff OLD NEW}: added, removed and changed entries, field by field. */
class CatalogDiffCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path before;
  private Path after;

  @BeforeEach
  void catalogs() throws Exception {
    ObjectNode catalog = (ObjectNode) JSON.readTree(Files.readAllBytes(Cli.fixturePath()));
    before = tmp.resolve("before.json");
    Files.write(before, JSON.writeValueAsBytes(catalog));
    catalog.put("version", "2999.1.0");
    ArrayNode models = (ArrayNode) catalog.get("models");
    ObjectNode first = (ObjectNode) models.get(0);
    first.put("license", "Changed\u001b[31m Licence");
    ((ObjectNode) first.get("links")).put("blog", "https://example.org/new-post");
    JsonNode removed = models.remove(1);
    ObjectNode added = first.deepCopy();
    added.put("id", "brand-new");
    added.put("name", "Brand New");
    added.remove("aliases");
    models.add(added);
    after = tmp.resolve("after.json");
    Files.write(after, JSON.writeValueAsBytes(catalog));
    assertTrue(removed.has("id"));
  }

  @Test
  void pipedOutputIsOneTabSeparatedLinePerChange() throws Exception {
    Cli.Result r = Cli.piped().run("catalog", "diff", before.toString(), after.toString());
    assertEquals(0, r.exit(), r.err());
    ArrayNode models = (ArrayNode) JSON.readTree(Files.readAllBytes(before)).get("models");
    String first = models.get(0).get("id").asText();
    String second = models.get(1).get("id").asText();
    String expected =
        "added\tmodel\tbrand-new\tBrand New\n"
            + "removed\tmodel\t"
            + second
            + "\t"
            + models.get(1).get("name").asText()
            + "\n"
            + "changed\tmodel\t"
            + first
            + "\tlinks.blog\t"
            + (models.get(0).get("links").has("blog")
                ? "\"" + models.get(0).get("links").get("blog").asText() + "\""
                : "")
            + "\t\"https://example.org/new-post\"\n"
            + "changed\tmodel\t"
            + first
            + "\tlicense\t"
            + JSON.writeValueAsString(models.get(0).get("license")).replace("null", "")
            + "\t\"Changed\\u001B[31m Licence\"\n";
    assertEquals(sorted(expected), sorted(r.out()));
    assertTrue(!r.out().contains("\u001b"), "no raw escape reaches the terminal");
  }

  private static String sorted(String lines) {
    return String.join("\n", lines.lines().sorted().toList());
  }

  @Test
  void onATerminalChangesAreMarkedAndFitTheWidth() {
    Cli.Result r =
        Cli.terminal(60)
            .env("NO_COLOR", "1")
            .run("catalog", "diff", before.toString(), after.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("catalog diff\nfrom  "), r.out());
    assertTrue(r.out().contains("\nto    " + after + ": 2999.1.0"), r.out());
    assertTrue(r.out().contains("1 added, 1 removed, 1 changed"), r.out());
    assertTrue(r.out().contains("+ model brand-new  Brand New"), r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(dev.llmscape.render.DisplayWidth.of(line) <= 60, line);
    }
    Cli.Result same = Cli.terminal(60).run("catalog", "diff", before.toString(), before.toString());
    assertTrue(same.out().endsWith("no differences\n"), same.out());
  }

  @Test
  void jsonGivesValuesAsTheyWereInTheCatalog() throws Exception {
    Cli.Result r =
        Cli.piped().run("catalog", "diff", before.toString(), after.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode diff = JSON.readTree(r.out());
    assertEquals("2999.1.0", diff.get("to").get("version").asText());
    assertEquals("brand-new", diff.get("added").get(0).get("id").asText());
    JsonNode fields = diff.get("changed").get(0).get("fields");
    JsonNode license = null;
    for (JsonNode f : fields) {
      if (f.get("field").asText().equals("license")) {
        license = f;
      }
    }
    assertEquals("Changed\u001b[31m Licence", license.get("after").asText());
    assertTrue(r.out().contains("\\u001B"), "escaped in the text");
  }

  @Test
  void aMissingSideIsExitOne() {
    Cli.Result r =
        Cli.piped().run("catalog", "diff", before.toString(), tmp.resolve("nope.json").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("nope.json: no such file"), r.err());
    Cli.Result none =
        Cli.piped()
            .env("XDG_DATA_HOME", tmp.toString())
            .run("catalog", "diff", "bundled", "installed");
    assertEquals(1, none.exit());
    assertTrue(none.err().contains("no installed catalog"), none.err());
    assertEquals(2, Cli.piped().run("catalog", "diff", before.toString()).exit());
  }
}
