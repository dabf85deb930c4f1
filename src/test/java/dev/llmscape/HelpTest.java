package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmscape.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command documents itself: a description, examples and its exit codes. */
class HelpTest {
  /** The visible commands, read from the command model so new commands are checked too. */
  static Stream<String> commands() {
    CommandLine cmd =
        Main.commandLine(
            Environment.of(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Map.of(),
                false,
                0));
    Set<String> names = new LinkedHashSet<>();
    cmd.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                names.add(sub.getCommandName());
              }
            });
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasADescriptionExamplesAndExitCodes(String command) {
    Cli.Result r = Cli.piped().run("help", command);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Usage: llmscape " + command), r.out());
    assertTrue(r.out().contains("Exit codes"), command + " has no exit codes:\n" + r.out());
    if (!command.equals("help")) {
      assertTrue(r.out().contains("Examples:"), command + " has no examples:\n" + r.out());
    }
  }

  /**
   * Help text lines are written to fit 80 columns: picocli re-wraps a longer one wherever its line
   * breaker allows, which splits "docs/json.md" and "~/.local" in two.
   */
  @ParameterizedTest
  @MethodSource("commands")
  void helpFitsEightyColumnsWithoutSplitWords(String command) {
    String help = Cli.piped().run("help", command).out();
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= 80, command + ": " + line);
    }
    assertTrue(!help.matches("(?s).*(docs/json\\.|~/\\.)\n.*"), command + ":\n" + help);
  }

  /**
   * On a terminal help takes its width, between picocli's narrowest (55) and 120 columns, beyond
   * which lines are hard to read; piped it stays at 80, so that what scripts and golden files see
   * does not depend on the terminal that ran them.
   */
  @Test
  void helpFollowsTheTerminalsWidthWithinBounds() {
    for (List<String> args :
        List.<List<String>>of(
            List.of("help", "list"), List.of("list", "--help"), List.of("--help"), List.of())) {
      String[] line = args.toArray(String[]::new);
      assertEquals(Cli.piped().run(line).out(), Cli.terminal(80).run(line).out(), args.toString());
      within(Cli.piped(), line, 70, 80);
      within(Cli.terminal(60), line, 50, 60);
      within(Cli.terminal(100), line, 81, 100);
      within(Cli.terminal(200), line, 101, 120);
      within(Cli.terminal(40), line, 41, 55);
    }
    // The text is the same, only wrapped differently: a description no longer breaks at 80.
    String wide = Cli.terminal(120).run("help", "list").out();
    assertTrue(wide.contains("Released on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."), wide);
  }

  /** The longest line of the help is {@code from..to} columns wide. */
  private static void within(Cli cli, String[] line, int from, int to) {
    Cli.Result r = cli.run(line);
    assertEquals(0, r.exit(), r.err());
    int longest = r.out().lines().mapToInt(String::length).max().orElse(0);
    assertTrue(
        longest >= from && longest <= to,
        String.join(" ", line)
            + ": "
            + longest
            + " columns, not "
            + from
            + ".."
            + to
            + "\n"
            + r.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void dashDashHelpWorksOnEveryCommand(String command) {
    Cli.Result r = Cli.piped().run(command, "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Usage: llmscape " + command), r.out());
  }

  @Test
  void versionNamesToolAndCatalog() {
    Cli.Result r = Cli.piped().fixture("--version");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    assertTrue(lines[0].matches("llmscape (dev|\\d+\\.\\d+\\.\\d+.*)"), lines[0]);
    assertTrue(lines[1].startsWith("catalog test-1 (2026-01-01, "), lines[1]);
    assertTrue(lines[1].endsWith(" models)"), lines[1]);
  }

  /**
   * {@code --version --json} (either order) is one JSON object for scripts and bug reports: the
   * tool's version, the catalog in use and the Java runtime; pinned here as docs/json.md describes.
   */
  @Test
  void versionAsJson() throws Exception {
    for (Cli cli : List.of(Cli.piped(), Cli.terminal(80))) {
      for (List<String> order : List.of(List.of("--version", "--json"), List.of("--json", "-V"))) {
        Cli.Result r = cli.fixture(order.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertFalse(r.out().contains("\u001b"), r.out());
        JsonNode v = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("version", "catalog", "java", "os"), fieldNames(v));
        assertTrue(v.get("version").asText().matches("dev|\\d+\\.\\d+\\.\\d+.*"), r.out());
        JsonNode catalog = v.get("catalog");
        assertEquals(
            List.of("version", "date", "models", "source", "installedFrom"), fieldNames(catalog));
        assertEquals("test-1", catalog.get("version").asText());
        assertEquals("2026-01-01", catalog.get("date").asText());
        assertEquals(12, catalog.get("models").asInt());
        // The same words as catalog --json's source.
        assertEquals(
            new ObjectMapper().readTree(cli.fixture("catalog", "--json").out()).get("source"),
            catalog.get("source"));
        assertTrue(catalog.get("installedFrom").isNull(), r.out());
        assertEquals(System.getProperty("java.version"), v.get("java").get("version").asText());
        assertEquals(List.of("version", "vendor", "home"), fieldNames(v.get("java")));
        assertEquals(List.of("name", "arch"), fieldNames(v.get("os")));
      }
    }
    JsonNode bundled = new ObjectMapper().readTree(Cli.piped().run("--version", "--json").out());
    assertTrue(
        bundled.get("catalog").get("source").asText().startsWith("bundled"), bundled.toString());
    assertEquals(
        dev.llmscape.catalog.CatalogLoader.bundled().version(),
        bundled.get("catalog").get("version").asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void versionOfTheBundledCatalog() {
    Cli.Result r = Cli.piped().run("--version");
    assertTrue(
        r.out().contains("catalog " + dev.llmscape.catalog.CatalogLoader.bundled().version()));
  }
}
