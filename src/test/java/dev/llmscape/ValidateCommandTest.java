package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: every problem at once, with file, line, column and model; exit 1 on errors. */
class ValidateCommandTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static String fixture() throws IOException {
    return Files.readString(Cli.fixturePath());
  }

  @Test
  void bundledCatalogIsValid() {
    Cli.Result r = Cli.piped().run("validate");
    assertEquals(0, r.exit(), r.out());
    assertTrue(
        r.out()
            .matches(
                "(?s)(.*\\[moe-active\\]\n)?bundled catalog\\.json: \\d+ models, \\d+ orgs:"
                    + " 0 errors(, \\d+ warnings)?\n"),
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void fixtureIsValidAsAWholeCatalog() {
    Cli.Result r = Cli.piped().run("validate", Cli.fixturePath().toString());
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().endsWith(": 12 models, 7 orgs: 0 errors\n"), r.out());
  }

  @Test
  void danglingBaseNamesTheModelAndTheBaseWithLineAndColumn() throws IOException {
    Path file =
        write(
            "dangling.json",
            fixture().replace("{\"id\": \"llama\", \"relation\": \"fine-tuned\"}", "\"llama-9\""));
    Cli.Result r = Cli.piped().run("validate", file.toString());
    assertEquals(1, r.exit());
    assertTrue(
        r.out()
            .contains(
                file
                    + ":44:14: error: model vicuna names unknown base \"llama-9\" [unknown-base]\n"),
        r.out());
    assertTrue(r.out().endsWith(": 1 error\n"), r.out());
  }

  @Test
  void cycleIsCalledACycle() throws IOException {
    Path file =
        write(
            "cycle.json",
            fixture()
                .replace(
                    "\"base\": [], \"links\": {\"paper\": \"https://arxiv.org/abs/1910.10683\"}",
                    "\"base\": [\"flan-t5\"], \"links\": {\"paper\":"
                        + " \"https://arxiv.org/abs/1910.10683\"}"));
    Cli.Result r = Cli.piped().run("validate", file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("model t5: lineage cycle: t5 -> flan-t5 -> t5 [cycle]"), r.out());
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() throws IOException {
    String text =
        fixture()
            .replace(
                "\"open\": true, \"params\": {\"text\": \"60M-11B\"",
                "\"open\": \"yes\", \"params\": {\"text\": \"60M-11B\"")
            .replace("{\"id\": \"llama\", \"relation\": \"fine-tuned\"}", "\"llama-9\"")
            .replace("https://arxiv.org/abs/2204.02311", "http://arxiv.org/abs/2204.02311")
            .replace("\"released\": \"2022-10\"", "\"released\": \"2029-10\"");
    Path file = write("many.json", text);
    Cli.Result r = Cli.piped().run("validate", file.toString());
    assertEquals(1, r.exit());
    List<String> rules = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (line.contains(": error: ")) {
        rules.add(line.substring(line.lastIndexOf('[') + 1, line.length() - 1));
      }
    }
    assertEquals(List.of("schema", "date", "link", "unknown-base"), rules, r.out());
    assertTrue(r.out().endsWith(": 4 errors\n"), r.out());
    // The same file cannot be used: the first problem stops it.
    Cli.Result use = Cli.piped().run("--only", "--catalog", file.toString(), "list");
    assertEquals(1, use.exit());
    assertTrue(use.err().contains("\"open\" must be true, false or null"), use.err());
  }

  @Test
  void warningsDoNotFail() throws IOException {
    Path file = write("extra.json", fixture().replaceFirst("\"date\":", "\"x\": 1, \"date\":"));
    Cli.Result r = Cli.piped().run("validate", file.toString());
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains(":3:8: warning: unknown catalog field \"x\" ignored"), r.out());
    assertTrue(r.out().endsWith("0 errors, 1 warning\n"), r.out());
  }

  @Test
  void missingFileIsOneProblem() {
    Cli.Result r = Cli.piped().run("validate", dir.resolve("nope.json").toString());
    assertEquals(1, r.exit());
    assertTrue(
        r.out().startsWith(dir.resolve("nope.json") + ": error: no such file [file]\n"), r.out());
  }

  @Test
  void missingFileInJsonIsOneProblemOnStdout() throws IOException {
    // The case a property run found: the report is the output, stderr stays empty.
    Cli.Result r = Cli.piped().run("validate", "--json", "--", "Meta");
    assertEquals(1, r.exit());
    assertEquals("", r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertFalse(report.get("valid").asBoolean());
    assertEquals("no such file", report.get("problems").get(0).get("message").asText());
  }

  @Test
  void jsonReportIsTheDocumentedContract() throws IOException {
    Path file =
        write(
            "dangling.json",
            fixture().replace("{\"id\": \"llama\", \"relation\": \"fine-tuned\"}", "\"llama-9\""));
    Cli.Result r = Cli.piped().run("validate", file.toString(), "--json");
    assertEquals(1, r.exit());
    JsonNode report = new ObjectMapper().readTree(r.out());
    List<String> fields = new ArrayList<>();
    report.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of("valid", "errors", "warnings", "sources", "models", "orgs", "problems"), fields);
    assertFalse(report.get("valid").asBoolean());
    assertEquals(1, report.get("errors").asInt());
    assertEquals(file.toString(), report.get("sources").get(0).asText());
    JsonNode problem = report.get("problems").get(0);
    List<String> problemFields = new ArrayList<>();
    problem.fieldNames().forEachRemaining(problemFields::add);
    assertEquals(
        List.of("severity", "rule", "source", "line", "column", "model", "org", "message"),
        problemFields);
    assertEquals("error", problem.get("severity").asText());
    assertEquals("unknown-base", problem.get("rule").asText());
    assertEquals(44, problem.get("line").asInt());
    assertEquals(14, problem.get("column").asInt());
    assertEquals("vicuna", problem.get("model").asText());
    assertTrue(problem.get("org").isNull());
    assertEquals("model vicuna names unknown base \"llama-9\"", problem.get("message").asText());
  }

  @Test
  void validJsonReport() {
    Cli.Result r = Cli.piped().run("validate", "--json");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("\"valid\" : true"), r.out());
    assertTrue(r.out().contains("\"errors\" : 0"), r.out());
  }

  @Test
  void userCatalogIsValidatedAsLaidOverTheBundledOne() throws IOException {
    Path overlay =
        write(
            "mine.json",
            """
            {"version": "mine", "date": "2027-01-01", "orgs": [],
             "models": [
              {"id": "my-llama", "name": "My Llama", "org": "meta", "category": "chat",
               "base": ["llama-2", "llama-99"], "links": {"blog": "https://example.com/my-llama"}}
             ]}
            """);
    Cli.Result r = Cli.piped().run("--catalog", overlay.toString(), "validate");
    assertEquals(1, r.exit(), r.out());
    // Bundled orgs and bases resolve; the missing one is reported in the user's file.
    assertTrue(
        r.out().contains(overlay + ":4:12: error: model my-llama names unknown base \"llama-99\""),
        r.out());
    assertFalse(r.out().contains("unknown org"), r.out());
    assertTrue(r.out().contains("bundled catalog.json + " + overlay + ": "), r.out());
    Cli.Result only = Cli.piped().run("--only", "--catalog", overlay.toString(), "validate");
    assertTrue(only.out().contains("unknown org \"meta\""), only.out());
  }

  @Test
  void badUsageExitsTwo() {
    Cli.Result r = Cli.piped().run("validate", "a.json", "b.json");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("validate did not expect 'b.json'"), r.err());
    assertEquals(2, Cli.piped().run("validate", "--jsn").exit());
  }

  @Test
  void colourOnATerminalOnly() throws IOException {
    Path file =
        write("extra.json", fixture().replace("https://arxiv.org/abs/2204.02311", "http://x"));
    Cli.Result tty = Cli.terminal(100).run("validate", file.toString());
    assertTrue(tty.out().contains("\u001b["), tty.out());
    Cli.Result piped = Cli.piped().run("validate", file.toString());
    assertFalse(piped.out().contains("\u001b"), piped.out());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("validate", "list", "ls", "show", "catalog")) {
      Cli.Result r = Cli.piped().run(command, "--help");
      assertEquals(0, r.exit(), command + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: llmscape "), r.out());
      assertTrue(r.out().contains("Exit codes"), r.out());
    }
  }

  @Test
  void versionWithOnlyAndNoFileIsAUsageError() {
    Cli.Result r = Cli.piped().run("--only", "--version");
    assertEquals(2, r.exit());
    assertEquals(
        "llmscape: --only needs a catalog file: --catalog FILE or LLMSCAPE_CATALOG\n", r.err());
  }
}
