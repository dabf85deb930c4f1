package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.llmscape.render.MarkdownExport;
import dev.llmscape.render.MarkdownExport.Lang;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A Markdown table: its header cells and its rows' cells. */
  record MdTable(List<String> header, List<List<String>> rows) {}

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.length() - 1);
    List<String> out = new ArrayList<>();
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      out.add(cell.strip());
    }
    return out;
  }

  /**
   * Every table of a Markdown document; fails on a row whose cell count differs from its header.
   */
  static List<MdTable> tables(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<MdTable> tables = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("|") && lines.get(i + 1).matches("\\|( :?---:? \\|)+")) {
        List<String> header = cells(lines.get(i));
        assertEquals(header.size(), cells(lines.get(i + 1)).size(), lines.get(i + 1));
        List<List<String>> rows = new ArrayList<>();
        int j = i + 2;
        for (; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          List<String> row = cells(lines.get(j));
          assertEquals(header.size(), row.size(), "cells in " + lines.get(j));
          rows.add(row);
        }
        tables.add(new MdTable(header, rows));
        i = j;
      }
    }
    return tables;
  }

  /** Seed spelling -> catalog id, from src/test/resources/seed-names.txt. */
  static Set<String> seedIds() throws Exception {
    return Files.readAllLines(Cli.resource("/seed-names.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t")[1])
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  private static Map<String, JsonNode> bundledById() throws Exception {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode m : JSON.readTree(Cli.piped().run("list", "--json").out())) {
      byId.put(m.get("id").asText(), m);
    }
    return byId;
  }

  private static String nameCell(JsonNode m) {
    return m.get("nameZh").isNull()
        ? m.get("name").asText()
        : m.get("name").asText() + " (" + m.get("nameZh").asText() + ")";
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void markdownHoldsEverySeedModelInTablesShapedLikeTheSeeds(String lang) throws Exception {
    Cli.Result r = Cli.piped().run("export", "-o", "markdown", "--lang", lang);
    assertEquals(0, r.exit(), r.err());
    Lang l = lang.equals("zh") ? Lang.ZH : Lang.EN;
    // The seed's columns, with format 2's after Size (the bundled catalog has all four facts).
    List<MarkdownExport.FactColumn> facts = List.of(MarkdownExport.FactColumn.values());
    List<List<String>> shapes =
        List.of(
            MarkdownExport.headers(l, false, false, facts),
            MarkdownExport.headers(l, true, false, facts),
            MarkdownExport.headers(l, false, true, facts),
            MarkdownExport.headers(l, true, true, facts));
    Map<String, List<String>> rowsByName = new HashMap<>();
    int rows = 0;
    for (MdTable table : tables(r.out())) {
      assertTrue(shapes.contains(table.header()), "a seed-shaped header: " + table.header());
      int name = table.header().indexOf(l == Lang.ZH ? "模型名称" : "Model");
      for (List<String> row : table.rows()) {
        rowsByName.put(row.get(name), row);
        rows++;
      }
    }
    Map<String, JsonNode> byId = bundledById();
    assertEquals(byId.size(), rows, "every model once");
    for (String id : seedIds()) {
      assertTrue(rowsByName.containsKey(nameCell(byId.get(id))), "seed model " + id + " has a row");
    }
    // An instruction-tuned model names its base, as the seed's section 2 does.
    List<String> alpaca = rowsByName.get(nameCell(byId.get("alpaca")));
    assertTrue(alpaca.contains("LLaMA"), alpaca.toString());
  }

  @Test
  void chineseUsesTheSeedsHeadingsAndWords() {
    String md = Cli.piped().run("export", "--lang", "zh").out();
    assertTrue(md.contains("\n# 一、Foundation model (基座模型)\n"), md);
    assertTrue(md.contains("\n# 二、Instruction-tuning model (指令微调模型)\n"), md);
    assertTrue(md.contains("\n## 1.1 Google系\n"), md);
    assertTrue(
        md.contains(
            "| 模型名称 | 时间 | 是否开源 | 参数规模 | 获取方式 | 上下文窗口 | 模态 | 知识截止 | Paper | Code"
                + " | Introduction |"));
    assertTrue(md.contains("| 是 |") && md.contains("| 否 |"));
    assertTrue(md.contains("其他科技公司和研究院"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void tableOfContentsLinksEverySectionOnce(String lang) {
    String md = Cli.piped().run("export", "--lang", lang).out();
    java.util.regex.Pattern entry = java.util.regex.Pattern.compile("^ *- \\[(.+)\\]\\(#(.+)\\)$");
    List<String> titles = new ArrayList<>();
    Set<String> anchors = new java.util.HashSet<>();
    for (String line : md.lines().toList()) {
      java.util.regex.Matcher m = entry.matcher(line);
      if (m.matches()) {
        titles.add(m.group(1));
        assertTrue(anchors.add(m.group(2)), "anchor once: " + m.group(2));
      }
    }
    List<String> headings =
        md.lines()
            .filter(l -> l.matches("#{1,2} .*"))
            .skip(1)
            .map(l -> l.replaceFirst("#+ ", ""))
            .toList();
    assertEquals(headings, titles);
  }

  @Test
  void markdownOverTheFixture() {
    Cli.Result r = Cli.piped().fixture("export");
    assertEquals(0, r.exit());
    Golden.assertMatches("export-fixture.md", r.out());
    Golden.assertMatches(
        "export-fixture.zh.md", Cli.piped().fixture("export", "--lang", "zh").out());
  }

  /** CSV and TSV write booleans as yes and no, nothing else (docs/json.md). */
  private static boolean yesOrNo(String cell) {
    return switch (cell) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new AssertionError("not yes or no: " + cell);
    };
  }

  /** A CSV row turned back into the JSON contract's shape (params reduced to their text). */
  private static ObjectNode fromCsv(Map<String, String> row) {
    ObjectNode m = JSON.createObjectNode();
    for (Map.Entry<String, String> e : row.entrySet()) {
      String v = e.getValue();
      switch (e.getKey()) {
        case "context", "maxOutput" -> {
          if (v.isEmpty()) {
            m.putNull(e.getKey());
          } else {
            m.set(e.getKey(), number(v));
          }
        }
        case "modalities" -> {
          if (v.isEmpty()) {
            m.putNull("modalities");
          } else {
            ObjectNode mods = m.putObject("modalities");
            String[] sides = v.split("->", -1);
            for (String item : sides[0].split(";")) {
              mods.withArray("input").add(item);
            }
            for (String item : sides[1].split(";")) {
              mods.withArray("output").add(item);
            }
          }
        }
        case "training" -> {
          if (v.isEmpty()) {
            m.putNull("training");
          } else {
            Map<String, String> parts = new java.util.HashMap<>();
            for (String part : v.split(";")) {
              parts.put(
                  part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
            }
            ObjectNode training = m.putObject("training");
            for (String f : List.of("tokens", "computeFlop")) {
              if (parts.containsKey(f)) {
                ObjectNode fig = training.putObject(f);
                fig.set("value", number(parts.get(f)));
                fig.put("estimate", yesOrNo(parts.get(f + "Estimate")));
              } else {
                training.putNull(f);
              }
            }
          }
        }
        case "ids" -> {
          ObjectNode ids = m.putObject("ids");
          for (String k : List.of("huggingface", "modelsDev", "openRouter", "epoch")) {
            ids.putArray(k);
          }
          if (!v.isEmpty()) {
            for (String pair : v.split(";")) {
              int eq = pair.indexOf('=');
              ids.withArray(pair.substring(0, eq)).add(pair.substring(eq + 1));
            }
          }
        }
        case "sources" -> {
          ObjectNode sources = m.putObject("sources");
          if (!v.isEmpty()) {
            for (String pair : v.split(";")) {
              int eq = pair.indexOf('=');
              sources.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
          }
        }
        case "aliases", "base", "unconfirmed" -> {
          ArrayNode list = m.putArray(e.getKey());
          if (!v.isEmpty()) {
            for (String item : v.split(";")) {
              list.add(item);
            }
          }
        }
        case "open" -> {
          if (v.isEmpty()) {
            m.putNull("open");
          } else {
            m.put("open", yesOrNo(v));
          }
        }
        case "links" -> {
          ObjectNode links = m.putObject("links");
          if (!v.isEmpty()) {
            for (String link : v.split(";")) {
              int eq = link.indexOf('=');
              links.put(link.substring(0, eq), link.substring(eq + 1));
            }
          }
        }
        default -> {
          if (v.isEmpty()) {
            m.putNull(e.getKey());
          } else {
            m.put(e.getKey(), v);
          }
        }
      }
    }
    return m;
  }

  /** A number as JSON reads it: an int, a long or a double. */
  private static JsonNode number(String v) {
    try {
      return JSON.readTree(v);
    } catch (Exception e) {
      throw new AssertionError("not a number: " + v, e);
    }
  }

  private static ObjectNode paramsAsText(JsonNode model) {
    ObjectNode copy = model.deepCopy();
    JsonNode params = copy.get("params");
    if (params.isNull()) {
      copy.putNull("params");
    } else {
      copy.put("params", params.get("text").asText());
    }
    return copy;
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "tsv"})
  void csvAndTsvParseBackToTheSameModels(String format) throws Exception {
    assertParsesBack(format);
    assertParsesBack(format, "--only", "--catalog", Cli.fixturePath().toString());
    assertParsesBack(format, "--only", "--catalog", Cli.resource("/v2/catalog.json").toString());
  }

  private static void assertParsesBack(String format, String... catalog) throws Exception {
    List<String> args = new ArrayList<>(List.of(catalog));
    args.addAll(List.of("export", "-o", format));
    Cli.Result r = Cli.piped().run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    CsvSchema schema =
        CsvSchema.emptySchema().withHeader().withColumnSeparator(format.equals("csv") ? ',' : '\t');
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(r.out())) {
      it.forEachRemaining(rows::add);
    }
    args.set(args.size() - 1, "json");
    List<JsonNode> expected = new ArrayList<>();
    JSON.readTree(Cli.piped().run(args.toArray(String[]::new)).out()).forEach(expected::add);
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(JsonContractTest.MODEL_FIELDS, new ArrayList<>(rows.get(i).keySet()));
      assertEquals(paramsAsText(expected.get(i)), fromCsv(rows.get(i)));
    }
  }

  @Test
  void csvHasAHeaderRowAndQuotesOnlyWhereNeeded() {
    String csv =
        Cli.piped().fixture("export", "-o", "csv", "--fields", "id,name,org,aliases").out();
    assertEquals(
        "id,name,org,aliases\n"
            + "t5,T5,Google Brain,\n"
            + "gopher,Gopher,DeepMind,\n"
            + "chinchilla,Chinchilla,DeepMind,Chinchilla(龙猫)\n",
        csv.lines().limit(4).map(l -> l + "\n").reduce("", String::concat));
    String noHeader =
        Cli.piped().fixture("export", "-o", "tsv", "--fields", "id", "--no-header").out();
    assertTrue(noHeader.startsWith("t5\ngopher\n"), noHeader);
  }

  @Test
  void anEmptySelectionStillHasItsHeaderRow() {
    Cli.Result csv = Cli.piped().fixture("export", "-o", "csv", "--until", "1999");
    assertEquals(0, csv.exit(), csv.err());
    assertTrue(csv.out().startsWith("id,name,nameZh,aliases,org,"), csv.out());
    assertEquals(1, csv.out().lines().count(), csv.out());
    Cli.Result tsv =
        Cli.piped().fixture("export", "-o", "tsv", "--fields", "id,name", "--until", "1999");
    assertEquals("id\tname\n", tsv.out());
    Cli.Result none = Cli.piped().fixture("export", "-o", "tsv", "--no-header", "--until", "1999");
    assertEquals("", none.out());
  }

  @Test
  void jsonLinesIsOneModelALineAndJsonIsListJson() throws Exception {
    Cli.Result r = Cli.piped().fixture("export", "-o", "jsonl");
    List<String> lines = r.out().lines().toList();
    JsonNode list = JSON.readTree(Cli.piped().fixture("list", "--json").out());
    assertEquals(list.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(list.get(i), JSON.readTree(lines.get(i)));
    }
    assertEquals(
        Cli.piped().fixture("list", "--json").out(),
        Cli.piped().fixture("export", "-o", "json").out());
  }

  @Test
  void filtersApply() {
    String csv =
        Cli.piped().fixture("export", "-o", "csv", "--fields", "id", "--org", "Meta").out();
    assertEquals("id\nllama\nllama-2\nmystery\n", csv);
  }

  @Test
  void optionsThatDoNotApplyAreUsageErrors() {
    Cli.Result fields = Cli.piped().fixture("export", "-o", "markdown", "--fields", "name");
    assertEquals(2, fields.exit());
    assertTrue(
        fields.err().contains("--fields applies to json, jsonl, csv and tsv, not markdown"),
        fields.err());
    Cli.Result lang = Cli.piped().fixture("export", "-o", "csv", "--lang", "zh");
    assertEquals(2, lang.exit());
    Cli.Result format = Cli.piped().fixture("export", "-o", "xml");
    assertEquals(2, format.exit());
    assertEquals("", format.out());
  }

  @Test
  void catalogTextCannotBreakOutOfItsCell() throws Exception {
    java.nio.file.Path file = Files.createTempFile("hostile", ".json");
    Files.writeString(
        file,
        Files.readString(Cli.fixturePath())
            .replace("\"name\": \"Vicuna\"", "\"name\": \"Vic|una\\u001b[31m *b* [x](y)\""));
    Cli.Result md = Cli.piped().run("--only", "--catalog", file.toString(), "export");
    // Neither a cell break, nor a terminal escape, nor Markdown emphasis or a link.
    assertTrue(md.out().contains("| Vic\\|una␛\\[31m \\*b\\* \\[x\\](y) |"), md.out());
    Cli.Result csv =
        Cli.piped()
            .run("--only", "--catalog", file.toString(), "export", "-o", "csv", "--fields", "name");
    assertFalse(csv.out().contains("\u001b"));
  }
}
