package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmscape.render.DisplayWidth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Catalog format 2 through the commands, over src/test/resources/v2 (seven Acme models: two
 * mixtures of experts, a vision model, an API voice model, one announced and never released, one
 * written as version 1, and a framework): queries, the card, list's CONTEXT column, compare, stats,
 * export and catalog, on a terminal and piped.
 */
class FormatTwoTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Cli.Result v2(Cli cli, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--only", "--catalog", "src/test/resources/v2/catalog.json"));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  /** The ids {@code filter} lists piped, in order; fails on a non-zero exit or any stderr. */
  private static List<String> ids(String... query) {
    List<String> args = new ArrayList<>(List.of("filter"));
    args.addAll(List.of(query));
    Cli.Result r = v2(Cli.piped(), args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return r.out().isEmpty()
        ? List.of()
        : Arrays.stream(r.out().split("\n")).skip(1).map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void theIssuesQuestions() {
    // Open vision models with a long context.
    assertEquals(
        List.of("acme-big-moe"),
        ids("input:image", "context:>=128k", "access:open,open-restricted"));
    // Mixtures of experts by active size.
    assertEquals(List.of("acme-moe"), ids("arch:moe", "active:<=20B"));
    assertEquals(List.of("acme-moe", "acme-big-moe"), ids("arch:moe", "--sort", "active"));
    // Usable commercially: open, open-restricted and api; not the non-commercial vision model.
    assertEquals(List.of("acme-voice", "acme-moe", "acme-big-moe"), ids("commercial:yes"));
    assertEquals(List.of("acme-vision", "acme-next"), ids("commercial:no"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "output:audio | acme-voice",
        "modality:video | acme-vision",
        "input:audio OR input:video | acme-vision acme-voice",
        "modality:unknown | acme-old acme-trainer",
        "cutoff:>=2024-06 | acme-vision acme-voice acme-big-moe",
        "cutoff:2024 | acme-vision acme-voice",
        "cutoff:unknown -category:framework | acme-old acme-moe acme-next",
        "tokens:>=10T | acme-moe acme-big-moe",
        "tokens:>10T | acme-big-moe",
        "compute:>=1e25 | acme-big-moe",
        "compute:1e24..1e25 | acme-moe",
        "context:unknown -category:framework | acme-old acme-next",
        "context:32k..200k | acme-vision acme-voice acme-moe",
        "announced:2025 | acme-next",
        "arch:ssm,hybrid | ''",
        "arch:undisclosed | acme-voice acme-next",
        "access:unknown | acme-old acme-trainer",
        "access:api,unreleased | acme-voice acme-next",
        // date: falls back to the announcement for a model never released.
        "date:2025-11 | acme-next",
        "date:unknown | ''",
      })
  void qualifiers(String query, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertEquals(want, ids(query.split(" ")));
  }

  @Test
  void listOptionsBuildTheSameQueries() {
    Cli.Result list =
        v2(
            Cli.piped(),
            "list",
            "--access",
            "open,open-restricted",
            "--input",
            "image",
            "--min-context",
            "128k");
    assertEquals(0, list.exit(), list.err());
    Cli.Result filter =
        v2(Cli.piped(), "filter", "access:open,open-restricted", "input:image", "context:>=128k");
    assertEquals(filter.out(), list.out());
    assertTrue(list.out().contains("acme-big-moe\t"), list.out());
    Cli.Result since = v2(Cli.piped(), "list", "--since", "2025-11", "--fields", "id");
    assertEquals("[\n  {\n    \"id\" : \"acme-next\"\n  }\n]\n", since.out());
  }

  @Test
  void sortKeys() {
    assertEquals(
        List.of(
            "acme-big-moe",
            "acme-voice",
            "acme-moe",
            "acme-vision",
            "acme-next",
            "acme-old",
            "acme-trainer"),
        ids("org:acme", "--sort", "context", "--reverse"));
    assertEquals(
        List.of("acme-big-moe", "acme-moe"), ids("tokens:>0", "--sort", "tokens", "--reverse"));
    assertEquals(List.of("acme-moe", "acme-big-moe"), ids("compute:>0", "--sort", "compute"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "context:>=12q | context: '12q' is not a count | 10 | 3",
        "access:open,opn | access: no value 'opn' | 12 | 3",
        "compute:>=lots | compute: 'lots' is not an amount of FLOP | 10 | 4",
        "commercial:maybe | commercial: 'maybe' is not yes or no | 11 | 5",
        "input:smell | input: no modality 'smell' | 6 | 5",
        "arch:moe,,dense | arch: an empty value in the list | 9 | 1",
        "cutoff:2024-13 | cutoff: '2024-13' is not a valid date | 7 | 7",
        "tokens:10T..1T | tokens: the range runs backwards | 7 | 7",
      })
  void badValuesExitTwoWithTheCaretUnderTheBadPart(
      String query, String message, int offset, int length) {
    Cli.Result r = v2(Cli.piped(), "filter", query);
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("llmscape: bad query: " + message), r.err());
    assertEquals("  " + query, lines.get(1));
    assertEquals("  " + " ".repeat(offset) + "^".repeat(length), lines.get(2), r.err());
  }

  @Test
  void aTypoInAnAccessClassSuggestsTheNearest() {
    Cli.Result r = v2(Cli.piped(), "filter", "access:open-restricetd");
    assertEquals(2, r.exit());
    assertTrue(r.err().endsWith("Did you mean: open-restricted?\n"), r.err());
    Cli.Result option = v2(Cli.piped(), "list", "--access", "opne");
    assertEquals(2, option.exit());
    assertTrue(option.err().contains("'opne' is not an access class"), option.err());
  }

  @Test
  void theCardNamesEverySourceAndMarksUnconfirmedAndEstimates() {
    Cli.Result r = v2(Cli.piped(), "show", "Acme MoE");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("show-acme-moe.piped.txt", r.out());
    String out = r.out();
    assertTrue(out.contains("context      131,072 tokens (128K)\n"), out);
    assertTrue(out.contains("compute      2e24 FLOP (estimate) (unconfirmed)\n"), out);
    assertTrue(out.contains("  context    https://acme.example.org/docs\n"), out);
    Cli.Result next = v2(Cli.terminal(60), "show", "Acme Next", "--color", "never");
    assertEquals(0, next.exit(), next.err());
    Golden.assertMatches("show-acme-next.tty60.txt", next.out());
    assertTrue(next.out().contains("announced    2025-11-20"), next.out());
    assertTrue(next.out().contains("released     unknown"), next.out());
    Cli.Result big = v2(Cli.piped(), "show", "Acme Big MoE");
    assertTrue(big.out().contains("based on     Acme MoE (continued-pretraining, unconfirmed)"));
  }

  @Test
  void showJsonCarriesTheFacts() throws Exception {
    JsonNode m = JSON.readTree(v2(Cli.piped(), "show", "Acme Voice", "--json").out());
    assertEquals("api", m.get("access").asText());
    assertFalse(m.get("open").asBoolean(), "open is derived from access");
    assertEquals(200000, m.get("context").asInt());
    assertEquals(16384, m.get("maxOutput").asInt());
    assertEquals("[\"text\",\"audio\"]", m.get("modalities").get("output").toString());
    assertEquals("2024-10", m.get("knowledgeCutoff").asText());
    assertTrue(m.get("training").isNull());
    assertEquals("acme/voice", m.get("ids").get("modelsDev").get(0).asText());
    JsonNode moe = JSON.readTree(v2(Cli.piped(), "show", "Acme MoE", "--json").out());
    assertEquals(10_000_000_000_000L, moe.get("training").get("tokens").get("value").asLong());
    assertTrue(moe.get("training").get("tokens").get("value").isIntegralNumber());
    assertEquals(2e24, moe.get("training").get("computeFlop").get("value").asDouble());
    assertTrue(moe.get("training").get("computeFlop").get("estimate").asBoolean());
    assertEquals("[\"training.computeFlop\"]", moe.get("unconfirmed").toString());
    JsonNode old = JSON.readTree(v2(Cli.piped(), "show", "Acme Old", "--json").out());
    assertNull(old.get("access").textValue());
    assertTrue(old.get("open").asBoolean(), "a version-1 entry keeps its open flag");
  }

  @Test
  void listGainsContextWhereEveryColumnFitsWhole() {
    Cli.Result wide = v2(Cli.terminal(100), "list", "--color", "never");
    assertEquals(0, wide.exit(), wide.err());
    Golden.assertMatches("list-v2.tty100.txt", wide.out());
    assertTrue(wide.out().lines().findFirst().orElseThrow().endsWith("CONTEXT"), wide.out());
    assertTrue(wide.out().contains("1M\n"), wide.out());
    // Narrower: CONTEXT goes before NAME is cut.
    Cli.Result narrow = v2(Cli.terminal(70), "list", "--color", "never");
    String header = narrow.out().lines().findFirst().orElseThrow();
    assertFalse(header.contains("CONTEXT"), narrow.out());
    assertTrue(narrow.out().contains("Acme Big MoE "), narrow.out());
    for (String line : narrow.out().split("\n")) {
      assertTrue(DisplayWidth.of(line) <= 70, line);
    }
    Cli.Result piped = v2(Cli.piped(), "list", "--org", "acme", "--sort", "name");
    assertTrue(
        piped.out().startsWith("ID\tNAME\tORG\tCATEGORY\tRELEASED\tOPEN\tPARAMS\tCONTEXT\n"));
    assertTrue(piped.out().contains("\t1048576\n"), piped.out());
  }

  @Test
  void compareHasRowsForTheFacts() throws Exception {
    Cli.Result r = v2(Cli.piped(), "compare", "Acme MoE", "Acme Voice");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("compare-acme.piped.txt", r.out());
    JsonNode json =
        JSON.readTree(v2(Cli.piped(), "compare", "Acme MoE", "Acme Voice", "--json").out());
    List<String> differences = new ArrayList<>();
    json.get("differences").forEach(d -> differences.add(d.asText()));
    assertTrue(
        differences.containsAll(
            List.of("access", "context", "maxOutput", "modalities", "training")),
        differences.toString());
    assertFalse(differences.contains("announced"), "neither was announced apart from release");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "access | ACCESS | open 1;api 1;unknown 2",
        "arch | ARCH | moe 2;undisclosed 2;unknown 2",
        "modality | MODALITY | text 5;image 2;audio 1;video 1;unknown 2",
      })
  void statsByTheNewBreakdowns(String by, String key, String counts) {
    Cli.Result r = v2(Cli.piped(), "stats", "--by", by);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith(key + "\tMODELS\n"), r.out());
    for (String pair : counts.split(";")) {
      String[] kv = pair.split(" ");
      assertTrue(r.out().contains("\n" + kv[0] + "\t" + kv[1] + "\n"), by + ": " + r.out());
    }
    Cli.Result tty = v2(Cli.terminal(60), "stats", "--by", by, "--color", "never");
    assertEquals(0, tty.exit(), tty.err());
    assertTrue(tty.out().startsWith("7 models by "), tty.out());
  }

  @Test
  void exportCarriesTheFactsAndChineseHeadings() {
    Cli.Result md = v2(Cli.piped(), "export");
    assertTrue(
        md.out().contains("| Date | Open | Size | Access | Context | Modalities | Cut-off |"),
        md.out());
    assertTrue(
        md.out().contains("| open-restricted | 1M | text, image → text | 2025-01 |"), md.out());
    Cli.Result zh = v2(Cli.piped(), "export", "--lang", "zh");
    assertTrue(zh.out().contains("| 时间 | 是否开源 | 参数规模 | 获取方式 | 上下文窗口 | 模态 | 知识截止 |"), zh.out());
    assertTrue(zh.out().contains("| 开放 (有限制) | 1M | 文本、图像 → 文本 | 2025-01 |"), zh.out());
    Cli.Result csv =
        v2(
            Cli.piped(),
            "export",
            "-o",
            "csv",
            "--fields",
            "id,access,context,modalities,training",
            "--org",
            "acme",
            "arch:moe");
    assertEquals(
        "id,access,context,modalities,training\n"
            + "acme-moe,open,131072,text->text,"
            + "tokens=10000000000000;tokensEstimate=no;computeFlop=2.0E24;computeFlopEstimate=yes\n"
            + "acme-big-moe,open-restricted,1048576,text;image->text,"
            + "tokens=30000000000000;tokensEstimate=no;computeFlop=3.0E25;computeFlopEstimate=yes\n",
        csv.out());
  }

  @Test
  void catalogReportsCoverage() {
    Cli.Result r = v2(Cli.piped(), "catalog");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("catalog-v2.piped.txt", r.out());
    assertTrue(r.out().contains("newest      2025-06-01 (Acme Big MoE)\n"), r.out());
    assertTrue(r.out().contains("  params.active    2 of 2 MoE models (100%)\n"), r.out());
  }

  @Test
  void versionOneCatalogsLoadAsBefore() throws Exception {
    // The lineage fixture has no formatVersion and none of the new fields.
    String lineage = Cli.resource("/lineage/catalog.json").toString();
    Cli.Result r = Cli.piped().run("--only", "--catalog", lineage, "list", "--json");
    assertEquals(0, r.exit(), r.err());
    for (JsonNode m : JSON.readTree(r.out())) {
      assertTrue(m.get("access").isNull());
      assertTrue(m.get("sources").isEmpty());
    }
    Cli.Result validate = Cli.piped().run("validate", lineage);
    assertEquals(0, validate.exit(), validate.out());
  }
}
