package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code lineage} over the lineage fixture: trees, marks, charsets, paths, errors. */
class LineageCommandTest {
  static final String CATALOG = Cli.resource("/lineage/catalog.json").toString();
  static final String CYCLIC = Cli.resource("/lineage/cyclic.json").toString();

  static Cli.Result run(Cli cli, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--only";
    all[1] = "--catalog";
    all[2] = CATALOG;
    all[3] = "lineage";
    System.arraycopy(args, 0, all, 4, args.length);
    return cli.run(all);
  }

  static Cli.Result ok(Cli cli, String... args) {
    Cli.Result r = run(cli, args);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return r;
  }

  @Test
  void descendantsPipedAreADrawnTreeWithTheDiamondPrintedOnce() {
    Cli.Result r = ok(Cli.piped(), "llama");
    Golden.assertMatches("lineage-llama.piped.txt", r.out());
    // Merged Camelid has two bases below LLaMA: expanded under Alpaca, marked under Vicuna.
    assertTrue(r.out().contains("│   └── Merged Camelid (merged)  A Hobbyist"), r.out());
    assertTrue(
        r.out().contains("├── Merged Camelid (merged)  A Hobbyist · 2023-06 · 7B · open (*)"));
  }

  @Test
  void asciiWhenTheLocaleIsNotUtf8() {
    Cli.Result r = ok(Cli.piped().env("LANG", "C"), "llama");
    Golden.assertMatches("lineage-llama.ascii.piped.txt", r.out());
    assertTrue(r.out().chars().allMatch(c -> c < 0x80), r.out());
    assertEquals(r.out(), ok(Cli.piped(), "llama", "--charset", "ascii").out());
  }

  @Test
  void charsetUtf8OverridesTheLocale() {
    Cli.Result r = ok(Cli.piped().env("LANG", "C"), "llama", "--charset", "utf8");
    assertEquals(ok(Cli.piped(), "llama").out(), r.out());
  }

  @Test
  void bothDirectionsOnATerminalInColourWithTheQueriedModelHighlighted() {
    Cli.Result r = ok(Cli.terminal(100), "vicuna");
    Golden.assertMatches("lineage-vicuna.tty100.txt", r.out());
    // Bold yellow for the queried model, cyan relations, green for open, dim unknowns.
    assertTrue(r.out().startsWith("\u001b[1;33mVicuna\u001b[m"), r.out());
  }

  @Test
  void terminalLinesAreCutToTheWidthAndMarksExplained() {
    Cli.Result r = ok(Cli.terminal(60).env("NO_COLOR", "1"), "llama");
    Golden.assertMatches("lineage-llama.tty60.nocolor.txt", r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(dev.llmscape.render.DisplayWidth.of(line) <= 60, line);
    }
    assertTrue(r.out().contains("(*) shown above"), r.out());
  }

  /**
   * A row too wide for the terminal gives up the org's name first, then the relation and the model
   * name, and keeps the facts (date, size, openness) and the mark whole.
   */
  @Test
  void narrowRowsShortenTheOrgNotTheFacts() {
    Cli.Result baai = Cli.terminal(60).env("NO_COLOR", "1").fixture("lineage", "Aquila-7B");
    assertEquals(0, baai.exit(), baai.err());
    String row = baai.out().lines().findFirst().orElseThrow();
    assertTrue(row.startsWith("Aquila-7B 天鹰  Beijing"), row);
    assertTrue(row.endsWith("… · 2023-06 · 7B · open"), row);
    assertEquals(60, dev.llmscape.render.DisplayWidth.of(row), row);

    Cli.Result r = ok(Cli.terminal(60).env("NO_COLOR", "1"), "llama");
    for (String line : r.out().split("\n")) {
      // A model's row with a known date (at 60 columns and this depth, "date unknown ·
      // undisclosed · unknown" alone does not fit beside a name, and is cut as before).
      if (line.contains(" · 20")) {
        assertTrue(line.matches(".* · [^·]+ · [^·]+ · (open|closed|unknown)( \\(\\*\\))?"), line);
      }
      assertTrue(dev.llmscape.render.DisplayWidth.of(line) <= 60, line);
    }
  }

  @Test
  void asciiTerminal() {
    Cli.Result r = ok(Cli.terminal(80).env("LANG", "C").env("NO_COLOR", "1"), "instructblip");
    Golden.assertMatches("lineage-instructblip.tty80.ascii.txt", r.out());
  }

  @Test
  void upShowsBasesToTheRootsWithSinceDates() {
    Cli.Result r = ok(Cli.piped(), "bard", "--up");
    assertEquals(
        "Bard  Google · 2023-03-21 · size unknown · closed\n"
            + "├── LaMDA (product-of)  Google Brain · 2021-05-18 · 137B · closed\n"
            + "└── PaLM 2 (product-of, since 2023-05)  Google · 2023-05-10 · ~340B · closed\n",
        r.out());
  }

  @Test
  void upThroughADiamondReachesBothRoots() {
    Cli.Result r = ok(Cli.piped(), "instructblip", "--up");
    Golden.assertMatches("lineage-instructblip-up.piped.txt", r.out());
  }

  @Test
  void downOnlyHasNoGroupLabels() {
    Cli.Result r = ok(Cli.piped(), "t5", "--down");
    assertEquals(
        "T5  Google Brain · 2019-10 · 60M-11B · open\n"
            + "└── Flan-T5 (instruction-tuned)  Google Brain · 2022-10 · 80M-11B · open\n"
            + "    └── InstructBLIP (multimodal-extension)  Salesforce · 2023-05-11 · 7B-13B · open\n",
        r.out());
  }

  @Test
  void depthLimitsEachDirectionAndMarksWhatIsLeft() {
    Cli.Result r = ok(Cli.piped(), "vicuna", "--depth", "1");
    assertTrue(
        r.out().contains("├── Merged Camelid (merged)  A Hobbyist · 2023-06 · 7B · open …\n"));
    assertFalse(r.out().contains("Q4"), r.out());
    Cli.Result zero = ok(Cli.piped(), "vicuna", "--depth", "0");
    assertEquals("Vicuna  LMSYS · 2023-03-30 · 7B/13B · open …\n", zero.out());
  }

  @Test
  void unknownsAreSaidInWords() {
    Cli.Result r = ok(Cli.piped(), "小羊驼");
    assertTrue(
        r.out()
            .startsWith(
                "Tiny Vicuna  A Hobbyist · date unknown · undisclosed · openness unknown\n"),
        r.out());
  }

  @Test
  void aModelWithNoLineageIsJustItself() {
    assertEquals(
        "Loner  A Hobbyist · 2024 · size unknown · closed\n", ok(Cli.piped(), "loner").out());
  }

  @ParameterizedTest
  @CsvSource({
    "llama, merged-camelid-q4, Merged Camelid Q4 derives from LLaMA in 3 steps:",
    "merged-camelid-q4, llama, Merged Camelid Q4 derives from LLaMA in 3 steps:",
    "alpaca, tiny-vicuna, Alpaca and Tiny Vicuna both derive from LLaMA:",
    "instructblip, alpaca, InstructBLIP and Alpaca both derive from LLaMA:",
    "bard, bard, Bard is Bard",
    "loner, llama, Loner and LLaMA share no lineage in the catalog",
  })
  void toExplainsHowTwoModelsAreRelated(String from, String to, String header) {
    Cli.Result r = ok(Cli.piped(), from, "--to", to);
    assertEquals(header, r.out().lines().findFirst().orElseThrow());
  }

  @Test
  void toDrawsTheShortestChain() {
    Cli.Result r = ok(Cli.piped(), "merged-camelid-q4", "--to", "llama");
    assertEquals(
        "Merged Camelid Q4 derives from LLaMA in 3 steps:\n"
            + "LLaMA  Meta AI · 2023-02-24 · 7B-65B · open\n"
            + "└── Alpaca  Stanford CRFM · 2023-03-13 · 7B · open\n"
            + "    └── Merged Camelid (merged)  A Hobbyist · 2023-06 · 7B · open\n"
            + "        └── Merged Camelid Q4 (quantized)  A Hobbyist · 2023-07 · 7B · open\n",
        r.out());
    Cli.Result siblings = ok(Cli.piped(), "alpaca", "--to", "tiny-vicuna");
    Golden.assertMatches("lineage-to-siblings.piped.txt", siblings.out());
  }

  @Test
  void cyclicCatalogTerminatesMarksTheCycleAndSaysSo() {
    for (String format : new String[] {"tree", "dot", "mermaid"}) {
      Cli.Result r =
          Cli.piped().run("--only", "--catalog", CYCLIC, "lineage", "alpha", "-o", format);
      assertEquals(1, r.exit(), format);
      assertEquals(
          "llmscape: lineage cycle in the catalog: Alpha -> Gamma -> Beta -> Alpha"
              + " (each is based on the next; shown once, marked (cycle))\n",
          r.err(),
          format);
      if (format.equals("tree")) {
        Golden.assertMatches("lineage-cycle.piped.txt", r.out());
      }
    }
    Cli.Result json = Cli.piped().run("--only", "--catalog", CYCLIC, "lineage", "beta", "--json");
    assertEquals(1, json.exit());
    assertTrue(json.out().contains("\"mark\" : \"cycle\""), json.out());
    Cli.Result path =
        Cli.piped().run("--only", "--catalog", CYCLIC, "lineage", "alpha", "--to", "delta");
    assertEquals(0, path.exit(), path.err());
    assertTrue(path.out().startsWith("Delta derives from Alpha in 2 steps:\n"), path.out());
  }

  @Test
  void mermaidFlowchart() {
    Cli.Result r = ok(Cli.piped(), "instructblip", "-o", "mermaid");
    Golden.assertMatches("lineage-instructblip.mermaid.txt", r.out());
  }

  @Test
  void dotDigraph() {
    Cli.Result r = ok(Cli.piped(), "bard", "-o", "dot");
    Golden.assertMatches("lineage-bard.dot.txt", r.out());
  }

  @Test
  void diagramsOfAPathDrawOnlyThePath() {
    String dot = ok(Cli.piped(), "alpaca", "--to", "tiny-vicuna", "-o", "dot").out();
    assertEquals(3, dot.lines().filter(l -> l.contains(" -> ")).count(), dot);
    assertFalse(dot.contains("merged"), dot);
    assertTrue(dot.contains("\"alpaca\" [label=\"Alpaca\\nStanford CRFM"), dot);
    assertTrue(dot.contains("penwidth=3"), dot);
    String unrelated = ok(Cli.piped(), "loner", "--to", "llama", "-o", "mermaid").out();
    assertTrue(unrelated.contains("  m_loner[\"Loner<br/>"), unrelated);
    assertTrue(unrelated.contains("  m_llama[\"LLaMA<br/>"), unrelated);
    assertFalse(unrelated.contains("-->"), unrelated);
    assertTrue(unrelated.contains("  class m_loner,m_llama focus\n"), unrelated);
  }

  @Test
  void diagramsHaveNoColourEvenWhenForced() {
    Cli.Result r = ok(Cli.terminal(80), "llama", "-o", "dot", "--color=always");
    assertFalse(r.out().contains("\u001b"), r.out());
  }

  @Test
  void unknownModelExitsOneWithSuggestions() {
    Cli.Result r = run(Cli.piped(), "vicunna");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("llmscape: no model named 'vicunna'\nDid you mean: Vicuna"), r.err());
    Cli.Result to = run(Cli.piped(), "vicuna", "--to", "nothing-like-it");
    assertEquals(1, to.exit());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "llama --json -o dot | --json is -o json: it cannot be combined with -o dot",
        "llama --json --format dot | --json is -o json: it cannot be combined with -o dot",
        "llama --up --down | --up, --down are mutually exclusive",
        "llama --depth -1 | --depth must be 0 or more",
        "llama --to vicuna --up | --to cannot be combined with --up, --down or --depth",
        "llama --format png | unknown output format 'png': -o takes tree, json, dot, mermaid, svg",
        "llama -o csv | lineage cannot write csv: -o takes tree, json, dot, mermaid, svg",
        "llama --charset latin1 | Invalid value for option '--charset'",
      })
  void badOptionsAreUsageErrors(String args, String message) {
    Cli.Result r = run(Cli.piped(), args.trim().split(" "));
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains(message), r.err());
  }

  @Test
  void catalogTextCannotReachTheTerminalAsEscapes() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("lineage-evil", ".json");
    String text =
        java.nio.file.Files.readString(Cli.resource("/lineage/catalog.json"))
            .replace("\"name\": \"Alpaca\"", "\"name\": \"Alp\\u001b[31maca\\\"\\\\\"");
    java.nio.file.Files.writeString(file, text);
    for (String format : new String[] {"tree", "dot", "mermaid"}) {
      Cli.Result r =
          Cli.piped().run("--only", "--catalog", file.toString(), "lineage", "llama", "-o", format);
      assertEquals(0, r.exit(), r.err());
      assertFalse(r.out().contains("\u001b"), r.out());
    }
    String dot =
        Cli.piped()
            .run("--only", "--catalog", file.toString(), "lineage", "alpaca", "-o", "dot")
            .out();
    assertTrue(dot.contains("label=\"Alp␛[31maca\\\"\\\\\\n"), dot);
    String mermaid =
        Cli.piped()
            .run("--only", "--catalog", file.toString(), "lineage", "alpaca", "-o", "mermaid")
            .out();
    assertTrue(mermaid.contains("[\"Alp␛[31maca#34;\\<br/>"), mermaid);
  }
}
