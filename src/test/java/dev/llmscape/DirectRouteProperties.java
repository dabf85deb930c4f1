package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmscape.cli.DirectRoute;
import dev.llmscape.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A plain command line runs without picocli's model (DirectRoute); every line must give the same
 * output, errors and exit code by either route, and a line the direct route leaves to picocli must
 * not have printed anything.
 */
class DirectRouteProperties {
  private static final List<String> FIRST =
      List.of(
          "list",
          "ls",
          "filter",
          "search",
          "show",
          "compare",
          "diff",
          "lineage",
          "timeline",
          "landscape",
          "export",
          "stats",
          "validate",
          "catalog",
          "help",
          "--version",
          "-V",
          "--verbose",
          "lst");

  /** Words a plain line is made of: names, values, options the direct route reads. */
  private static final List<String> PLAIN =
      List.of(
          "Meta",
          "llama-2",
          "llama",
          "LLaMA",
          "Alpaca",
          "GPT-4",
          "Mistral 7B",
          "org:Meta",
          "org:Google",
          "size:>=100B",
          "date:2023",
          "open:yes",
          "OR",
          "Vicuna",
          "Claude 2",
          "--org",
          "--limit",
          "-n",
          "3",
          "--reverse",
          "--no-header",
          "--fields",
          "id,name",
          "--up",
          "--depth",
          "1",
          "--to",
          "--since",
          "2023",
          "--min-size",
          "7B",
          "--all",
          "--by");

  private static final List<String> WORDS =
      List.of(
          // options of the commands, some misspelt or glued to a value
          "--org",
          "--org=Meta",
          "--since",
          "--until",
          "--min-size",
          "--max-size",
          "--category",
          "--access",
          "--input",
          "--min-context",
          "--open",
          "--closed",
          "-s",
          "--sort",
          "--reverse",
          "-n",
          "-n5",
          "--limit",
          "-o",
          "--output",
          "--json",
          "--fields",
          "--jq",
          "--no-header",
          "--no-pager",
          "--verbose",
          "--color",
          "--catalog",
          "--only",
          "--up",
          "--down",
          "--depth",
          "--to",
          "--charset",
          "--format",
          "--all",
          "--lang",
          "--by",
          "-h",
          "--help",
          "--version",
          "--orgg",
          "-x",
          "--",
          "-",
          // values and words
          "Meta",
          "Google",
          "llama-2",
          "llama",
          "LLaMA 2",
          "GPT-4",
          "Alpaca",
          "龙猫",
          "7B",
          ">=100B",
          "100B",
          "2023",
          "2023-06",
          "2024..",
          "128k",
          "json",
          "table",
          "csv",
          "tree",
          "name,org",
          "id",
          "org:Meta",
          "size:>=100B",
          "open:yes",
          "-org:Meta",
          "-size",
          "date:2023",
          "OR",
          "x",
          "0",
          "5",
          "010",
          "+3",
          "-1",
          "99999999999",
          "",
          "@nofile",
          "list",
          "help",
          "zz-unknown-model",
          "\u001b[31mred");

  @Example
  void theCommonLinesTakeTheDirectRoute() {
    for (String[] line :
        List.of(
            new String[] {"list", "--org", "Meta"},
            new String[] {"show", "llama-2"},
            new String[] {"filter", "org:Google", "size:>=100B"},
            new String[] {"lineage", "llama"},
            new String[] {"compare", "LLaMA", "LLaMA 2"},
            new String[] {"ls", "--limit", "3", "--no-header"},
            new String[] {"--version"})) {
      assertNotNull(direct(line).exit, String.join(" ", line));
    }
  }

  @Example
  void linesOnlyPicocliReadsAreLeftToIt() {
    for (String[] line :
        List.of(
            new String[] {"list", "--org=Meta"},
            new String[] {"list", "-n5"},
            new String[] {"show", "--help"},
            new String[] {"show", "llama-2", "--no-pager"},
            new String[] {"list", "--jq", ".[0].name"},
            new String[] {"list", "-o", "json"},
            new String[] {"filter", "-org:Meta", "llama"},
            new String[] {"--catalog", "x.json", "list"},
            new String[] {"show", "@args"},
            new String[] {"show"},
            new String[] {"lineage", "llama", "alpaca"},
            new String[] {"compare", "LLaMA", "--no-header", "Alpaca"},
            new String[] {"stats"},
            new String[] {"help", "list"})) {
      Run run = direct(line);
      assertNull(run.exit, String.join(" ", line));
      assertEquals("", run.out + run.err, "printed before leaving the line to picocli");
    }
  }

  @Example
  void repeatedAndMixedOptionsGiveTheSameResult() {
    for (String[] line :
        List.of(
            new String[] {"list", "--org", "Meta", "--org", "Mistral", "--limit", "4"},
            new String[] {"list", "--fields", "id", "--fields", "name,org", "--org", "Meta"},
            new String[] {"ls", "--limit", "3", "--limit", "2", "--reverse", "--no-header"},
            new String[] {"filter", "org:Meta", "--limit", "2", "llama", "--reverse"},
            new String[] {"lineage", "llama", "--depth", "1", "--to", "alpaca"},
            new String[] {"compare", "LLaMA", "LLaMA 2", "Llama 3"},
            new String[] {"show", "Claude", "2"})) {
      Run direct = direct(line);
      Run picocli = picocli(line);
      String at = String.join(" ", line);
      assertNotNull(direct.exit, at);
      assertEquals(picocli, direct, at);
    }
  }

  @Property(tries = 1000)
  void bothRoutesGiveTheSameResult(@ForAll("lines") List<String> words) {
    String[] line = words.toArray(new String[0]);
    Run direct = direct(line);
    Statistics.collect(direct.exit == null ? "picocli" : "direct");
    if (direct.exit == null) {
      assertEquals("", direct.out + direct.err, "printed before leaving the line to picocli");
      return;
    }
    Run picocli = picocli(line);
    assertEquals(picocli.err, direct.err, "stderr");
    assertEquals(picocli.out, direct.out, "stdout");
    assertEquals(picocli.exit, direct.exit, "exit code");
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> first = Arbitraries.of(FIRST);
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of(PLAIN)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(WORDS)));
    Arbitrary<List<String>> rest = word.list().ofMaxSize(6);
    return first.flatMap(
        f ->
            rest.map(
                r -> {
                  List<String> all = new ArrayList<>();
                  all.add(f);
                  all.addAll(r);
                  return all;
                }));
  }

  private record Run(Integer exit, String out, String err) {}

  private static Run direct(String[] line) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Integer exit = DirectRoute.run(environment(out, err), line);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run picocli(String[] line) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.runParsedByPicocli(environment(out, err), line);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Environment environment(StringWriter out, StringWriter err) {
    return Environment.of(
        new PrintWriter(out), new PrintWriter(err), Map.of("LANG", "C.UTF-8"), false, 0);
  }
}
