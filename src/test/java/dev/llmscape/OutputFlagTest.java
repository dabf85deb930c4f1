package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code -o/--output FORMAT}, one output flag on every command that has more than one output: a
 * real option, not a word read among the query's terms.
 */
class OutputFlagTest {
  @Test
  void landscapeReadsAnAttachedOutputAsTheOptionNotAsANegatedWord() {
    Cli.Result plain = Cli.piped().fixture("landscape");
    for (String form : new String[] {"-o=svg", "--output=svg", "--output"}) {
      Cli.Result r =
          form.equals("--output")
              ? Cli.piped().fixture("landscape", "--output", "svg")
              : Cli.piped().fixture("landscape", form);
      assertEquals(0, r.exit(), form + ": " + r.err());
      assertEquals(plain.out(), r.out(), form + " draws the notable models, as without it");
    }
  }

  @Test
  void exportReadsAnAttachedOutputAsTheOptionNotAsANegatedWord() {
    Cli.Result csv = Cli.piped().fixture("export", "-o", "csv");
    assertEquals(0, csv.exit(), csv.err());
    assertTrue(csv.out().startsWith("id,name,"), csv.out());
    for (String form : new String[] {"-o=csv", "--output=csv"}) {
      Cli.Result r = Cli.piped().fixture("export", form);
      assertEquals(0, r.exit(), form + ": " + r.err());
      assertEquals(csv.out(), r.out(), form);
    }
  }

  @Test
  void anOptionWithItsValueGluedOnIsNotTakenForANegatedWord() {
    Cli.Result r = Cli.piped().fixture("export", "-ocsv");
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("did you mean -o csv?"), r.err());
  }

  @Test
  void listWritesEveryDataFormatAsExportDoes() {
    for (String format : List.of("json", "jsonl", "csv", "tsv")) {
      for (Cli cli : List.of(Cli.piped(), Cli.terminal(100))) {
        Cli.Result list = cli.fixture("list", "--org", "Meta", "-o", format);
        assertEquals(0, list.exit(), format + ": " + list.err());
        assertEquals("", list.err());
        assertEquals(
            Cli.piped().fixture("export", "--org", "Meta", "-o", format).out(),
            list.out(),
            format + " is export's, on a terminal too (no colour, no table)");
      }
    }
    assertEquals(
        Cli.piped().fixture("list", "--json").out(),
        Cli.piped().fixture("list", "-o", "json").out());
    assertEquals(
        Cli.terminal(100).fixture("list").out(),
        Cli.terminal(100).fixture("list", "--output", "table").out());
    Cli.Result csv = Cli.piped().fixture("filter", "org:Meta", "-o", "csv", "--fields", "id,open");
    assertEquals("id,open\nllama,yes\nllama-2,yes\nmystery,\n", csv.out());
  }

  @Test
  void jsonIsTheSameOutputAsOutputJsonOnEveryCommandThatHasIt() {
    List<List<String>> lines =
        List.of(
            List.of("list"),
            List.of("filter", "org:Meta"),
            List.of("show", "llama"),
            List.of("compare", "llama", "vicuna"),
            List.of("catalog"),
            List.of("stats", "--by", "year"),
            List.of("lineage", "llama"),
            List.of("validate"));
    for (List<String> line : lines) {
      List<String> json = new java.util.ArrayList<>(line);
      json.add("--json");
      List<String> output = new java.util.ArrayList<>(line);
      output.addAll(List.of("-o", "json"));
      Cli.Result a = Cli.terminal(100).fixture(json.toArray(String[]::new));
      Cli.Result b = Cli.terminal(100).fixture(output.toArray(String[]::new));
      assertEquals(0, b.exit(), line + ": " + b.err());
      assertTrue(b.out().startsWith("[") || b.out().startsWith("{"), line + ": " + b.out());
      assertEquals(a.out(), b.out(), line.toString());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "list -o svg | list cannot write svg: -o takes table, json, jsonl, csv, tsv",
        "filter llama -o markdown | filter cannot write markdown: -o takes table, json, jsonl,",
        "show llama -o csv | show cannot write csv: -o takes table, json",
        "stats -o xml | unknown output format 'xml': -o takes table, json",
        "list -o tree | list cannot write tree: -o takes table, json, jsonl, csv, tsv",
        "landscape -o html | landscape cannot write html: -o takes svg",
        "export -o table | export cannot write table: -o takes markdown, csv,",
        "lineage llama -o | -o/--output needs a format: tree, json, dot, mermaid, svg",
        "landscape -o landscape.svg | (to write a file, redirect: -o svg > landscape.svg)",
        "export -o models.csv | (to write a file, redirect: -o csv > models.csv)",
        "list --json -o csv | --json is -o json: it cannot be combined with -o csv",
        "list --jq .[] -o tsv | --jq filters JSON: it cannot be combined with -o tsv",
        "list --fields id -o table | --fields applies to json, jsonl, csv and tsv, not table",
        "export -n5 | '-n5' is not an option: did you mean -n 5?",
        "stats -ojson | '-ojson' is not an option: did you mean -o json?",
      })
  void aFormatACommandCannotWriteIsAUsageErrorNamingTheOnesItCan(String line, String message) {
    for (Cli cli : List.of(Cli.piped(), Cli.terminal(100))) {
      Cli.Result r = cli.fixture(line.trim().split(" "));
      assertEquals(2, r.exit(), line + ": " + r.err());
      assertEquals("", r.out());
      assertTrue(r.err().contains(message), r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace");
    }
  }

  @Test
  void theOldFormatOptionStillWorksButIsNoLongerShown() {
    assertEquals(
        Cli.piped().fixture("export", "-o", "csv").out(),
        Cli.piped().fixture("export", "--format", "csv").out());
    assertEquals(
        Cli.piped().fixture("lineage", "llama", "-o", "dot").out(),
        Cli.piped().fixture("lineage", "llama", "--format", "dot").out());
    assertEquals(
        Cli.piped().fixture("lineage", "llama").out(),
        Cli.piped().fixture("lineage", "llama", "--format", "tree").out());
    assertEquals(
        Cli.piped().fixture("lineage", "llama").out(),
        Cli.piped().fixture("lineage", "llama", "-o", "TABLE").out());
    Cli.Result old = Cli.piped().fixture("landscape", "--format", "svg");
    assertEquals(0, old.exit(), old.err());
    assertEquals("", old.err(), "no note on stderr: scripts that check it keep working");
    for (String command : List.of("export", "lineage", "landscape")) {
      String help = Cli.piped().run(command, "--help").out();
      assertTrue(help.contains("-o, --output=FORMAT"), help);
      assertFalse(help.contains("--format"), command + " help hides --format: " + help);
    }
  }

  @Test
  void jsonWithFieldsIsFieldsAsInGh() {
    assertEquals(
        Cli.piped().fixture("list", "--fields", "name,org").out(),
        Cli.piped().fixture("list", "--json", "name,org").out());
    assertEquals(
        Cli.piped().fixture("list", "--fields", "name").out(),
        Cli.piped().fixture("list", "--json", "name").out());
    assertEquals(
        Cli.piped().fixture("filter", "org:Meta", "--fields", "id,name").out(),
        Cli.piped().fixture("filter", "--json", "id,name", "org:Meta").out());
    // A single word after --json is still a search term where the command takes words.
    assertEquals(
        Cli.piped().fixture("filter", "llama", "--json").out(),
        Cli.piped().fixture("filter", "--json", "llama").out());
    Cli.Result unknown = Cli.piped().fixture("list", "--json", "name,orgg");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("unknown field 'orgg'"), unknown.err());
    assertTrue(unknown.err().contains("Available fields: id, name,"), unknown.err());
  }

  @Test
  void fieldNamesAreReadInAnyCase() {
    Cli.Result r = Cli.piped().fixture("list", "--fields", "NAME,NameZh,Released");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Cli.piped().fixture("list", "--fields", "name,nameZh,released").out(), r.out());
    assertTrue(r.out().contains("\"nameZh\""), "written as the contract spells it");
    assertEquals(
        Cli.piped().fixture("export", "-o", "csv", "--fields", "id,open").out(),
        Cli.piped().fixture("export", "-o", "csv", "--fields", "ID,Open").out());
  }

  /** The CSV writer is for -o csv and tsv: a table run does not load it (start-up). */
  @Test
  void aTableRunLoadsNoCsvWriter() throws Exception {
    String log = ClassLoadLog.of("list", "--org", "Meta");
    assertTrue(log.contains("dev.llmscape.cli.Results"), "no class log?");
    assertFalse(log.contains("dev.llmscape.render.CsvExport"), "CsvExport loaded");
    assertFalse(log.contains("com.fasterxml.jackson.dataformat.csv"), "jackson-csv loaded");
  }

  /** A command with --json has -o too, and -o offers json there: one flag wherever it applies. */
  @Test
  void everyCommandWithJsonHasTheOutputFlag() {
    picocli.CommandLine root =
        Main.commandLine(
            dev.llmscape.cli.Environment.of(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()),
                java.util.Map.of(),
                false,
                0));
    List<picocli.CommandLine> todo = new java.util.ArrayList<>(List.of(root));
    int withJson = 0;
    while (!todo.isEmpty()) {
      picocli.CommandLine cmd = todo.remove(0);
      todo.addAll(cmd.getSubcommands().values());
      var spec = cmd.getCommandSpec();
      if (spec.findOption("--json") == null || spec.findOption("--version") != null) {
        continue;
      }
      withJson++;
      var output = spec.findOption("-o");
      assertTrue(output != null && output == spec.findOption("--output"), spec.qualifiedName());
      List<String> formats = new java.util.ArrayList<>();
      output.completionCandidates().forEach(formats::add);
      assertTrue(formats.contains("json"), spec.qualifiedName() + ": " + formats);
    }
    assertTrue(withJson >= 9, "list, filter, show, compare, lineage, catalog, diff, stats...");
  }
}
