package dev.llmscape.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogData;
import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.Relation;
import dev.llmscape.model.ReleaseDate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Renderers on random text (controls, escape sequences, CJK, emoji, combining marks, bidi controls,
 * lone surrogates): tables and cards fit the terminal's width and never carry a control character;
 * piped tables keep one row per line and one tab between cells; JSON escapes and reads back.
 */
class RendererProperties {
  private static final Pattern OWN_STYLES = Pattern.compile("\u001b\\[[0-9;]*m");

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(10, Arbitraries.chars().range('a', 'z')),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(' ', '-', '.', '(', ')')),
            net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('\u4e00', '\u4fff')),
            net.jqwik.api.Tuple.of(
                3, Arbitraries.of('\u001b', '\u0007', '\t', '\n', '\r', '\u009b', '\u007f')),
            net.jqwik.api.Tuple.of(1, Arbitraries.of('\u202e', '\u2066', '\u200f', '\u2028')),
            net.jqwik.api.Tuple.of(1, Arbitraries.of('\u0301', '\u200b', '\ufe0f', '\u3000')),
            net.jqwik.api.Tuple.of(1, Arbitraries.of('\ud83d', '\ude00', '\ud800')),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
    Arbitrary<String> fromChars = chars.list().ofMaxSize(30).map(RendererProperties::join);
    return Arbitraries.oneOf(
        fromChars,
        fromChars.map(s -> s + "\ud83d\ude00" + s), // an emoji (a surrogate pair)
        Arbitraries.of("", "\u001b]0;title\u0007", "\u001b[2J\u001b[H", "龙猫 Chinchilla"));
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder();
    chars.forEach(sb::append);
    return sb.toString();
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void terminalTablesFitTheirWidthAndCarryNoControls(
      @ForAll("rows") List<List<String>> rows,
      @ForAll @IntRange(min = 20, max = 160) int width,
      @ForAll boolean color,
      @ForAll boolean header) {
    List<Table.Column> columns =
        List.of(
            Table.Column.flexible("NAME", 8),
            Table.Column.flexible("ORG", 6).droppable(2),
            Table.Column.fixed("CATEGORY").droppable(3),
            Table.Column.fixed("RELEASED"),
            Table.Column.number("N"),
            Table.Column.flexible("PARAMS", 7));
    Table table = new Table(columns);
    for (List<String> row : rows) {
      List<Table.Cell> cells = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        cells.add(
            new Table.Cell(row.get(i % row.size()), Style.values()[i % Style.values().length]));
      }
      table.row(cells);
    }
    String out =
        print(
            w ->
                TablePrinter.print(
                    w, new TerminalContext(true, width, color, true), table, header));
    String[] lines = out.split("\n", -1);
    assertEquals(rows.size() + (header ? 1 : 0) + 1, lines.length, out);
    for (String line : lines) {
      String plain = OWN_STYLES.matcher(line).replaceAll("");
      assertTrue(DisplayWidth.of(plain) <= width, width + " columns: [" + plain + "]");
      assertNoControls(plain, false);
    }
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void pipedTablesKeepOneRowPerLineAndOneTabBetweenCells(@ForAll("rows") List<List<String>> rows) {
    List<Table.Column> columns =
        List.of(
            Table.Column.fixed("ID"), Table.Column.flexible("NAME", 8), Table.Column.fixed("X"));
    Table table = new Table(columns);
    for (List<String> row : rows) {
      table.row(row.stream().limit(3).map(Table.Cell::of).toList());
    }
    String out = print(w -> TablePrinter.print(w, TerminalContext.piped(), table, true));
    String[] lines = out.split("\n", -1);
    assertEquals(rows.size() + 2, lines.length);
    for (String line : lines) {
      if (!line.isEmpty()) {
        assertEquals(2, line.chars().filter(c -> c == '\t').count(), line);
      }
      assertNoControls(line, true);
    }
  }

  /** Words that need no cleaning: letters, digits and CJK (two columns each), no spaces. */
  @Provide
  Arbitrary<List<List<String>>> wordRows() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withCharRange('\u4e00', '\u4fff')
            .ofMinLength(1)
            .ofMaxLength(12);
    return word.list().ofSize(6).list().ofMinSize(1).ofMaxSize(8);
  }

  private static Table sixColumns(List<List<String>> rows) {
    Table table =
        new Table(
            List.of(
                Table.Column.flexible("NAME", 8),
                Table.Column.flexible("ORG", 6).droppable(2),
                Table.Column.fixed("CATEGORY").droppable(3),
                Table.Column.fixed("RELEASED"),
                Table.Column.number("N"),
                Table.Column.flexible("PARAMS", 7)));
    for (List<String> row : rows) {
      List<Table.Cell> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        cells.add(new Table.Cell(row.get(i), Style.values()[i % Style.values().length]));
      }
      table.row(cells);
    }
    return table;
  }

  /** Bounds alone pass when every cell prints blank: where the width allows, every cell shows. */
  @Property
  void terminalTablesShowEveryCellWholeWhenTheWidthAllows(
      @ForAll("wordRows") List<List<String>> rows, @ForAll boolean color, @ForAll boolean header) {
    // Six cells of at most 24 columns and five gaps of 2 fit in 154 columns.
    String out =
        print(
            w ->
                TablePrinter.print(
                    w, new TerminalContext(true, 160, color, true), sixColumns(rows), header));
    List<String> lines = List.of(out.split("\n"));
    assertEquals(rows.size() + (header ? 1 : 0), lines.size(), out);
    for (int r = 0; r < rows.size(); r++) {
      String plain = OWN_STYLES.matcher(lines.get(r + (header ? 1 : 0))).replaceAll("");
      Statistics.label("cjk").collect(plain.chars().anyMatch(c -> c >= 0x4e00));
      assertEquals(rows.get(r), List.of(plain.trim().split(" +")), plain);
    }
  }

  /** On a narrow terminal a cut cell keeps its start and ends in an ellipsis; the name stays. */
  @Property
  void narrowTerminalsCutCellsButKeepTheirStart(
      @ForAll("wordRows") List<List<String>> rows,
      @ForAll @IntRange(min = 20, max = 80) int width) {
    TerminalContext ctx = new TerminalContext(true, width, false, true);
    String out = print(w -> TablePrinter.print(w, ctx, sixColumns(rows), false));
    List<String> lines = List.of(out.split("\n"));
    assertEquals(rows.size(), lines.size(), out);
    boolean cut = false;
    for (int r = 0; r < rows.size(); r++) {
      List<String> shown = List.of(lines.get(r).trim().split(" +"));
      List<String> row = rows.get(r);
      assertTrue(shown.size() >= 2 && shown.size() <= row.size(), lines.get(r));
      // Name first, params last (a dropped column comes from the middle).
      assertCellShows(row.get(0), shown.get(0), ctx.ellipsis());
      for (int i = 1; i < shown.size(); i++) {
        String cell = shown.get(i);
        cut |= cell.endsWith(ctx.ellipsis());
        if (cell.equals(ctx.ellipsis())) {
          continue; // the last resort: a column with room for no character of its text
        }
        assertTrue(
            row.subList(1, row.size()).stream()
                .anyMatch(
                    text ->
                        text.equals(cell)
                            || (cell.endsWith(ctx.ellipsis())
                                && cell.length() > ctx.ellipsis().length()
                                && text.startsWith(
                                    cell.substring(0, cell.length() - ctx.ellipsis().length())))),
            cell + " is no cell of " + row);
      }
    }
    Statistics.label("some cell cut").collect(cut);
  }

  private static void assertCellShows(String text, String shown, String ellipsis) {
    if (shown.endsWith(ellipsis) && !text.equals(shown)) {
      String start = shown.substring(0, shown.length() - ellipsis.length());
      assertFalse(start.isEmpty(), "only an ellipsis left of " + text);
      assertTrue(text.startsWith(start), shown + " does not start " + text);
    } else {
      assertEquals(text, shown);
    }
  }

  /** Piped, each cell is printed whole, in its column. */
  @Property
  void pipedTablesPrintEveryCellWhole(@ForAll("wordRows") List<List<String>> rows) {
    String out =
        print(w -> TablePrinter.print(w, TerminalContext.piped(), sixColumns(rows), false));
    List<String> lines = List.of(out.split("\n"));
    assertEquals(rows.size(), lines.size(), out);
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(rows.get(r), List.of(lines.get(r).split("\t")), lines.get(r));
    }
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    return hostile().list().ofMinSize(3).ofMaxSize(3).list().ofMaxSize(8);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void cardsFitTheirWidthAndCarryNoControls(
      @ForAll("hostile") String name,
      @ForAll("hostile") String nameZh,
      @ForAll("hostile") String alias,
      @ForAll("hostile") String text,
      @ForAll("hostile") String linkKind,
      @ForAll @IntRange(min = 20, max = 140) int width,
      @ForAll boolean color,
      @ForAll boolean tty) {
    Org org = new Org("o", text, nameZh, alias, null, List.of(alias), null, null, null, text);
    Map<String, String> links = new LinkedHashMap<>();
    links.put("paper", "https://example.com/" + text);
    links.put(linkKind, text);
    Model base =
        new Model(
            "b",
            alias,
            null,
            List.of(),
            "o",
            Category.FOUNDATION,
            null,
            Openness.UNKNOWN,
            null,
            List.of(),
            List.of(),
            Map.of(),
            null,
            null,
            List.of(),
            null);
    Model model =
        new Model(
            "m",
            name,
            nameZh.isEmpty() ? null : nameZh,
            List.of(alias, text),
            "o",
            Category.CHAT,
            ReleaseDate.parse("2024-02"),
            Openness.OPEN,
            new ParamSize(text, 7_000_000_000L, 7_000_000_000L, List.of(text), null, false),
            List.of(new Lineage("b", Relation.CHAT, ReleaseDate.parse("2024"))),
            List.of("b"),
            links,
            text,
            text + " " + text,
            List.of(text),
            "1.1");
    Catalog catalog =
        Catalog.of(
            new CatalogData(
                "gen",
                "1",
                ReleaseDate.parse("2026"),
                List.of(org),
                List.of(base, model),
                List.of(),
                Map.of(),
                List.of()));
    TerminalContext ctx = new TerminalContext(tty, width, color, true);
    String out = print(w -> ModelCard.print(w, ctx, catalog, model, List.of(base)));
    for (String line : out.split("\n", -1)) {
      String plain = OWN_STYLES.matcher(line).replaceAll("");
      // Links are the one exception: a URL is never cut, so it may run past the width.
      boolean link = links.values().stream().anyMatch(url -> plain.endsWith(Sanitizer.clean(url)));
      if (tty && !link) {
        assertTrue(DisplayWidth.of(plain) <= width, width + " columns: [" + plain + "]");
      } else {
        assertFalse(line.contains("\u001b") && !color, line);
      }
      assertNoControls(plain, false);
    }
  }

  @Property
  void sanitisedTextIsStableAndPrintable(@ForAll("hostile") String text) {
    String clean = Sanitizer.clean(text);
    assertEquals(clean, Sanitizer.clean(clean), "cleaning twice changes nothing");
    assertNoControls(clean, false);
    assertEquals(text.codePoints().count(), clean.codePoints().count(), "one symbol per character");
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void jsonEscapesEverythingAndReadsBack(@ForAll("hostile") String text) throws Exception {
    String out = print(w -> JsonOutput.write(w, gen -> gen.writeString(text)));
    assertNoControls(out.replace("\n", ""), false);
    assertFalse(
        out.chars().anyMatch(c -> Character.isSurrogate((char) c)),
        "surrogates are escaped: " + out);
    assertEquals(text, MAPPER.readValue(out, String.class));
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String print(java.util.function.Consumer<PrintWriter> body) {
    StringWriter s = new StringWriter();
    PrintWriter w = new PrintWriter(s);
    body.accept(w);
    w.flush();
    return s.toString();
  }

  private static void assertNoControls(String text, boolean tabsAllowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && !(tabsAllowed && c == '\t')) || (c >= 0x7f && c <= 0x9f);
      boolean bidi =
          (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x200e
              || c == 0x200f;
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      assertFalse(
          control || bidi || lone || c == 0x2028 || c == 0x2029,
          "U+" + Integer.toHexString(c) + " at " + i + " in [" + text + "]");
    }
  }
}
