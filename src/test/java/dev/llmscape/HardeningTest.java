package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: what a hostile user catalog or command line could do through exports, diagrams, version
 * and error output, and what it costs.
 */
class HardeningTest {
  @TempDir Path tmp;

  /** A catalog of one org and the given models (JSON objects, org "o"). */
  private Path catalog(String version, String... models) throws IOException {
    String json =
        "{\"version\": \""
            + version
            + "\", \"date\": \"2026-01-01\", \"orgs\": [{\"id\": \"o\", \"name\": \"=HYPERLINK(1)\","
            + " \"family\": \"O\"}], \"models\": ["
            + String.join(",", models)
            + "]}";
    return Files.writeString(tmp.resolve("c" + Files.list(tmp).count() + ".json"), json);
  }

  private static String model(String id, String name, String extra) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \""
        + name
        + "\", \"org\": \"o\", \"category\": \"chat\""
        + extra
        + "}";
  }

  private static Cli.Result run(Cli cli, Path file, String... args) {
    List<String> all = new ArrayList<>(List.of("--only", "--catalog", file.toString()));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  /** OWASP's CSV injection advice: a cell a spreadsheet would take for a formula gets a quote. */
  @Test
  void csvAndTsvCellsNeverStartAFormula() throws IOException {
    Path file =
        catalog(
            "v",
            model("a", "=1+2", ", \"license\": \"@SUM(A1)\", \"aliases\": [\"+cmd\"]"),
            model("b", "-2+3", ", \"license\": \"ok\""),
            model("c", "Plain", ", \"license\": \"=HYPERLINK(\\\"http://x\\\")\""));
    for (String format : List.of("csv", "tsv")) {
      Cli.Result r = run(Cli.piped(), file, "export", "-o", format);
      assertEquals(0, r.exit(), r.err());
      char sep = format.equals("csv") ? ',' : '\t';
      for (String line : r.out().lines().skip(1).toList()) {
        for (String cell : line.split(String.valueOf(sep), -1)) {
          String value = cell.startsWith("\"") ? cell.substring(1) : cell;
          assertFalse(value.matches("^[=+\\-@].*"), format + " cell " + cell + " in " + line);
        }
      }
      assertTrue(r.out().contains("'=1+2"), r.out());
      assertTrue(r.out().contains("'-2+3"), r.out());
      assertTrue(r.out().contains("'@SUM(A1)"), r.out());
      assertTrue(r.out().contains("'=HYPERLINK(1)"), r.out());
    }
  }

  /** Markdown is rendered with clickable links: only http(s) ones leave the tool. */
  @Test
  void markdownExportWritesOnlyHttpLinks() throws IOException {
    Path file =
        catalog(
            "v",
            model(
                "a",
                "A",
                ", \"links\": {\"paper\": \"javascript:alert(1)\", \"blog\":"
                    + " \"data:text/html;base64,PHNjcmlwdD4=\", \"code\": \"JavaScript:x\","
                    + " \"modelCard\": \"https://ok.example/a\", \"website\": \"vbscript:x\"}"));
    Cli.Result r = run(Cli.piped(), file, "export");
    assertEquals(0, r.exit(), r.err());
    String lower = r.out().toLowerCase(java.util.Locale.ROOT);
    assertFalse(lower.contains("javascript:"), r.out());
    assertFalse(lower.contains("data:text"), r.out());
    assertFalse(lower.contains("vbscript:"), r.out());
    assertTrue(r.out().contains("(https://ok.example/a)"), r.out());
  }

  /** Mermaid reads %%{init: ...}%% anywhere as a directive, also inside a label. */
  @Test
  void mermaidLabelsCannotCarryDirectives() throws IOException {
    Path file =
        catalog(
            "v",
            model("a", "%%{init: {'theme': 'dark'}}%%", ""),
            model("b", "B", ", \"base\": [\"a\"]"));
    Cli.Result r = run(Cli.piped(), file, "lineage", "a", "-o", "mermaid");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains("%"), r.out());
    assertTrue(r.out().contains("#37;#37;{init"), r.out());
  }

  /** --version prints the catalog's version as text: no markup, no format, no escapes. */
  @Test
  void versionPrintsTheCatalogsVersionAsText() throws IOException {
    Path file = catalog("@|bold,red X|@ %n %s \\u001b[2J");
    for (Cli cli : List.of(Cli.piped(), Cli.terminal(80))) {
      Cli.Result r = run(cli, file, "--version");
      assertEquals(0, r.exit(), r.err());
      assertTrue(
          r.out().contains("catalog @|bold,red X|@ %n %s ␛[2J (2026-01-01, 0 models)"), r.out());
      assertFalse(r.out().contains("\u001b"), r.out());
    }
  }

  /** --verbose stack traces carry messages from the catalog: they are sanitised like the rest. */
  @Test
  void verboseStackTracesAreSanitised() throws IOException {
    Path file = catalog("v", model("a", "A\\u001b]0;owned\\u0007", ", \"base\": [\"nope\"]"));
    Cli.Result r = run(Cli.piped(), file, "--verbose", "list");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("at dev.llmscape"), "a stack trace: " + r.err());
    assertFalse(r.err().contains("\u001b"), r.err());
    assertFalse(r.err().contains("\u0007"), r.err());
    Cli.Result usage = run(Cli.piped(), file, "--verbose", "list", "--bogus\u001b[2J");
    assertEquals(2, usage.exit());
    assertFalse(usage.err().contains("\u001b"), usage.err());
  }

  /** Reversed ranges exit 2 with the message filter gives, not 0 with nothing. */
  @Test
  void reversedRangesAreUsageErrors() {
    Cli.Result dates = Cli.piped().fixture("list", "--since", "2024", "--until", "2023");
    assertEquals(2, dates.exit(), dates.out());
    assertTrue(dates.err().contains("date: the range runs backwards"), dates.err());
    Cli.Result sizes = Cli.piped().fixture("stats", "--min-size", "70B", "--max-size", "7B");
    assertEquals(2, sizes.exit(), sizes.out());
    assertTrue(sizes.err().contains("size: the range runs backwards"), sizes.err());
    assertEquals(0, Cli.piped().fixture("list", "--since", "2023", "--until", "2023").exit());
    assertEquals(0, Cli.piped().fixture("list", "--min-size", "7B", "--max-size", "7B").exit());
  }

  /** JSON's own words, not the parser's configuration switches. */
  @Test
  void nonStandardNumbersAreReportedWithoutParserInternals() throws IOException {
    for (String value : List.of("NaN", "-Infinity", "Infinity", "+1", ".5")) {
      Path file =
          Files.writeString(
              tmp.resolve("n.json"),
              "{\"version\": \"v\", \"date\": \"2026-01-01\", \"orgs\": [], \"models\": [], \"x\": "
                  + value
                  + "}");
      for (Cli.Result r :
          List.of(run(Cli.piped(), file, "list"), Cli.piped().run("validate", file.toString()))) {
        assertEquals(1, r.exit(), r.err());
        assertFalse(r.err().contains("Feature"), r.err());
        assertFalse(r.out().contains("Feature"), r.out());
        assertFalse((r.out() + r.err()).contains("`"), r.out() + r.err());
      }
    }
  }

  /** One name shared by 20,000 models: a summary, not 20,000 lines on every run. */
  @Test
  void manySameNameWarningsAreSummarised() throws IOException {
    List<String> models = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      models.add(model("m-" + i, "Same", ""));
    }
    Path file = catalog("v", models.toArray(String[]::new));
    Cli.Result r = run(Cli.piped(), file, "list", "--limit", "1");
    assertEquals(0, r.exit(), r.err());
    long lines = r.err().lines().count();
    assertTrue(lines <= 12, lines + " lines:\n" + r.err().lines().limit(20).toList());
    assertTrue(r.err().contains("more"), r.err());
  }

  /**
   * Characters that show as nothing: zero-width, word joiner, BOM, tag characters, Hangul fillers.
   */
  static final List<String> INVISIBLE =
      List.of(
          "\u200b",
          "\u200c",
          "\u200d",
          "\u2060",
          "\ufeff",
          "\udb40\udc41",
          "\u3164",
          "\uffa0",
          "\u115f",
          "\u1160",
          "\u00ad");

  @Test
  void invisibleCharactersAreFoldedInNamesFlaggedAndShown() throws IOException {
    for (String inv : INVISIBLE) {
      assertEquals(
          dev.llmscape.catalog.Names.key("Llama 2"),
          dev.llmscape.catalog.Names.key("Ll" + inv + "ama 2"),
          "U+" + Integer.toHexString(inv.codePointAt(0)));
      assertEquals("Ll\ufffdama", dev.llmscape.render.Sanitizer.clean("Ll" + inv + "ama"));
      String escaped = String.format("\\u%04x", (int) inv.charAt(0));
      if (inv.length() == 2) {
        escaped += String.format("\\u%04x", (int) inv.charAt(1));
      }
      Path file = catalog("v", model("a", "Llama 2", ""), model("b", "Ll" + escaped + "ama 2", ""));
      Cli.Result list = run(Cli.piped(), file, "list");
      assertTrue(list.err().contains("is also a name of model a"), list.err());
      assertTrue(list.out().contains("Ll\ufffdama 2"), list.out());
      Cli.Result validate = Cli.piped().run("validate", file.toString());
      assertEquals(1, validate.exit());
      assertTrue(validate.out().contains("invisible character"), validate.out());
      assertTrue(validate.out().contains("[name-collision]"), validate.out());
    }
  }

  /** A card on a terminal with a 999,990-character word in its notes shows in moments. */
  @Test
  void aHugeWordInACardIsQuick() throws IOException {
    Path file = catalog("v", model("a", "A", ", \"notes\": \"" + "n".repeat(999_990) + "\""));
    Cli.Result r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10), () -> run(Cli.terminal(80), file, "show", "a"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().count() > 12_000, "wrapped");
  }
}
