package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One form for one value wherever it is written: booleans in tab- and comma-separated output,
 * links, the list of catalog files, a common ancestor (docs/json.md).
 */
class ConsistentValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The cells of column {@code name} in a header-first separated text. */
  private static List<String> column(String text, String separator, String name) {
    List<String> lines = text.lines().toList();
    List<String> header = List.of(lines.get(0).split(separator, -1));
    int at = header.indexOf(name);
    assertTrue(at >= 0, name + " in " + header);
    List<String> cells = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      cells.add(line.split(separator, -1)[at]);
    }
    return cells;
  }

  @Test
  void openIsYesOrNoInEveryTabOrCommaSeparatedOutput() {
    // The fixture has open, closed and unknown models: yes, no and an empty cell.
    List<String> table = column(Cli.piped().fixture("list").out(), "\t", "OPEN");
    assertTrue(table.containsAll(List.of("yes", "no", "")), table.toString());
    for (String format : List.of("csv", "tsv")) {
      String separator = format.equals("csv") ? "," : "\t";
      for (List<String> line :
          List.of(List.of("list", "-o", format), List.of("export", "-o", format))) {
        String out = Cli.piped().fixture(line.toArray(String[]::new)).out();
        assertEquals(table, column(out, separator, "open"), line.toString());
      }
    }
    String stats = Cli.piped().fixture("stats", "--by", "open").out();
    assertTrue(stats.contains("\nyes\t") && stats.contains("\nno\t"), stats);
  }

  @Test
  void linksAreKindEqualsUrlPairsInComparesTableAndInCsv() {
    String compare = Cli.piped().fixture("compare", "llama", "vicuna").out();
    String row = compare.lines().filter(l -> l.startsWith("links\t")).findFirst().orElseThrow();
    String csv = Cli.piped().fixture("export", "-o", "tsv", "--fields", "id,links").out();
    for (String id : List.of("llama", "vicuna")) {
      String links =
          csv.lines().filter(l -> l.startsWith(id + "\t")).findFirst().orElseThrow().split("\t")[1];
      assertTrue(links.contains("=https://"), links);
      assertTrue(List.of(row.split("\t")).contains(links), row + " has " + links);
    }
  }

  @Test
  void catalogAndValidateNameTheFilesInUseAlike() throws Exception {
    for (List<String> before :
        List.of(
            List.<String>of(),
            List.of("--catalog", Cli.fixturePath().toString()),
            List.of("--only", "--catalog", Cli.fixturePath().toString()))) {
      List<String> info = new ArrayList<>(before);
      info.addAll(List.of("catalog", "--json"));
      List<String> validate = new ArrayList<>(before);
      validate.addAll(List.of("validate", "--json"));
      JsonNode a = JSON.readTree(Cli.piped().run(info.toArray(String[]::new)).out());
      JsonNode b = JSON.readTree(Cli.piped().run(validate.toArray(String[]::new)).out());
      assertEquals(b.get("sources"), a.get("sources"), before.toString());
      assertEquals(
          String.join(" + ", JSON.convertValue(a.get("sources"), String[].class)),
          a.get("source").asText(),
          "the old field says the same");
    }
  }

  @Test
  void aCommonAncestorIsTheSameObjectInCompareAndInLineageTo() throws Exception {
    for (String[] pair :
        new String[][] {
          {"vicuna", "llama-2"}, {"vicuna", "llama"}, {"llama", "vicuna"}, {"llama", "t5"}
        }) {
      JsonNode compare =
          JSON.readTree(Cli.piped().fixture("compare", pair[0], pair[1], "--json").out());
      JsonNode lineage =
          JSON.readTree(Cli.piped().fixture("lineage", pair[0], "--to", pair[1], "--json").out());
      JsonNode ancestor = compare.get("commonAncestor");
      assertTrue(ancestor != null, compare.toString());
      assertEquals(ancestor, lineage.get("commonAncestor"), String.join(" and ", pair));
      if (!ancestor.isNull()) {
        assertEquals(List.of("id", "name"), List.copyOf(iterable(ancestor)));
        assertEquals(ancestor.get("id").asText(), lineage.get("top").asText());
      }
    }
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
