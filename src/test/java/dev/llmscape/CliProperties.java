package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random command lines over the fixture catalog: every one ends with a documented exit code (0, 1
 * or 2), a message rather than a stack trace, and nothing that could drive a terminal.
 */
class CliProperties {
  private static final List<String> OPTIONS =
      List.of(
          "--org",
          "--since",
          "--until",
          "--min-size",
          "--max-size",
          "--category",
          "--sort",
          "--limit",
          "--color",
          "--json",
          "--no-header",
          "--reverse",
          "--open",
          "--closed",
          "--orgg",
          "-x",
          "--");

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Meta",
                "google",
                "7B",
                "1.5T",
                "350M",
                "2023",
                "2023-06",
                "2023-13",
                "-1",
                "0",
                "size",
                "name",
                "date",
                "chat",
                "robot",
                "always",
                "never",
                "龙猫",
                "llama 2",
                "Chinchilla",
                "",
                " ",
                "\u001b[2J"),
            Arbitraries.strings().ofMaxLength(8));
    Arbitrary<List<String>> option =
        Arbitraries.of(OPTIONS).flatMap(o -> value.map(v -> List.of(o, v)));
    Arbitrary<String> command = Arbitraries.of("list", "ls", "show", "catalog", "validate", "nope");
    return command.flatMap(
        c ->
            option
                .list()
                .ofMaxSize(4)
                .map(
                    opts -> {
                      List<String> args = new ArrayList<>(List.of(c));
                      opts.forEach(
                          o ->
                              args.addAll(
                                  o.subList(
                                      0,
                                      o.get(0).startsWith("--") && !o.get(0).equals("--json")
                                          ? 2
                                          : 1)));
                      return args;
                    }));
  }

  @Property(tries = 800, edgeCases = EdgeCasesMode.NONE)
  void everyCommandLineEndsWithADocumentedCode(@ForAll("commandLines") List<String> args) {
    Cli.Result r = Cli.piped().fixture(args.toArray(String[]::new));
    assertTrue(r.exit() == 0 || r.exit() == 1 || r.exit() == 2, r.exit() + " " + r.err());
    Statistics.label("exit").collect(r.exit());
    // Command lines that were all usage errors would never reach a command.
    Statistics.label("exit")
        .coverage(
            c -> {
              c.check(0).percentage(p -> p >= 5);
              c.check(2).percentage(p -> p >= 20);
            });
    assertFalse(r.err().contains("internal error"), args + ": " + r.err());
    assertFalse(r.err().contains("\tat "), args + ": " + r.err());
    // Only llmscape's own styles (--color always) may reach stdout.
    String out = r.out().replaceAll("\u001b\\[[0-9;]*m", "");
    assertFalse(r.err().contains("\u001b") || out.contains("\u001b"), args.toString());
    if (r.exit() == 0) {
      assertEquals("", r.err().replaceAll("(?m)^no models match\\n", ""), args.toString());
    } else if (r.exit() == 1 && args.get(0).equals("validate") && r.err().isEmpty()) {
      // The report is the output: text lists " error" lines, --json says "valid" : false.
      assertTrue(
          r.out().contains(" error") || r.out().contains("\"valid\" : false"),
          args + ": " + r.out());
    } else {
      assertTrue(r.err().startsWith("llmscape: "), args + ": " + r.err());
    }
  }
}
