package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
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

  @Test
  void versionOfTheBundledCatalog() {
    Cli.Result r = Cli.piped().run("--version");
    assertTrue(
        r.out().contains("catalog " + dev.llmscape.catalog.CatalogLoader.bundled().version()));
  }
}
