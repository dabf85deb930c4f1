package dev.llmscape.render;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a {@link Table}. On a terminal: a styled header, columns aligned by display width and cut
 * with an ellipsis to fit the width, never wrapped. Piped: tab-separated full values, no styles.
 */
public final class TablePrinter {
  private static final int GAP = 2;

  private TablePrinter() {}

  public static void print(PrintWriter out, TerminalContext ctx, Table table, boolean header) {
    if (ctx.tty()) {
      printAligned(out, ctx, table, header);
    } else {
      printSeparated(out, ctx.styles(), table, header);
    }
    out.flush();
  }

  /** Colour only when forced (--color=always, CLICOLOR_FORCE), e.g. for {@code less -R}. */
  private static void printSeparated(PrintWriter out, Styles styles, Table table, boolean header) {
    if (header) {
      List<String> headers = new java.util.ArrayList<>();
      for (Table.Column c : table.columns()) {
        headers.add(Sanitizer.clean(c.header()));
      }
      out.println(String.join("\t", headers));
    }
    for (List<Table.Cell> row : table.rows()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          sb.append('\t');
        }
        sb.append(styles.apply(row.get(i).style(), Sanitizer.clean(row.get(i).text())));
      }
      out.println(sb);
    }
  }

  private static void printAligned(
      PrintWriter out, TerminalContext ctx, Table table, boolean header) {
    List<Table.Column> columns = table.columns();
    int n = columns.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = header ? DisplayWidth.of(Sanitizer.clean(columns.get(i).header())) : 0;
    }
    for (List<Table.Cell> row : table.rows()) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(Sanitizer.clean(row.get(i).text())));
      }
    }
    boolean[] shown = fit(widths, columns, ctx.width());
    Styles styles = ctx.styles();
    if (header) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (shown[i]) {
          String text =
              DisplayWidth.truncate(
                  Sanitizer.clean(columns.get(i).header()), widths[i], ctx.ellipsis());
          appendCell(sb, styles, Style.HEADER, text, widths[i], columns.get(i), last(shown, i));
        }
      }
      out.println(sb);
    }
    for (List<Table.Cell> row : table.rows()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (shown[i]) {
          Table.Cell cell = row.get(i);
          String text =
              DisplayWidth.truncate(Sanitizer.clean(cell.text()), widths[i], ctx.ellipsis());
          appendCell(sb, styles, cell.style(), text, widths[i], columns.get(i), last(shown, i));
        }
      }
      out.println(sb);
    }
  }

  private static void appendCell(
      StringBuilder sb,
      Styles styles,
      Style style,
      String text,
      int width,
      Table.Column column,
      boolean last) {
    int pad = Math.max(0, width - DisplayWidth.of(text));
    if (column.rightAligned()) {
      sb.append(" ".repeat(pad)).append(styles.apply(style, text));
    } else {
      sb.append(styles.apply(style, text));
      if (!last) {
        sb.append(" ".repeat(pad));
      }
    }
    if (!last) {
      sb.append(" ".repeat(GAP));
    }
  }

  private static boolean last(boolean[] shown, int i) {
    for (int j = i + 1; j < shown.length; j++) {
      if (shown[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decides which columns show and how wide: first leaves out spare columns unless every column
   * fits whole, then droppable columns (highest rank first) while the rest cannot fit even at their
   * minimum widths, then narrows shrinkable columns, widest first, until the row fits; as a last
   * resort cuts the last columns.
   *
   * @return which columns show
   */
  static boolean[] fit(int[] widths, List<Table.Column> columns, int total) {
    boolean[] shown = new boolean[widths.length];
    java.util.Arrays.fill(shown, true);
    int natural = -GAP;
    for (int w : widths) {
      natural += w + GAP;
    }
    if (natural > total) {
      for (int i = 0; i < widths.length; i++) {
        shown[i] = !columns.get(i).spare();
      }
    }
    // A shrinkable column that is never left out (a model's name) is the last to shorten: other
    // columns go first, so it counts whole while any can still be dropped.
    while (minimumWidth(widths, columns, shown, true) > total) {
      int drop = -1;
      for (int i = 0; i < widths.length; i++) {
        int rank = columns.get(i).dropRank();
        if (shown[i] && rank > 0 && (drop < 0 || rank > columns.get(drop).dropRank())) {
          drop = i;
        }
      }
      if (drop < 0) {
        break;
      }
      shown[drop] = false;
    }
    int used = -GAP;
    for (int i = 0; i < widths.length; i++) {
      if (shown[i]) {
        used += widths[i] + GAP;
      } else {
        widths[i] = 0;
      }
    }
    for (boolean lastToShorten : new boolean[] {false, true}) {
      while (used > total) {
        int widest = -1;
        for (int i = 0; i < widths.length; i++) {
          Table.Column c = columns.get(i);
          if (shown[i]
              && c.shrinkable()
              && keptWhole(c) == lastToShorten
              && widths[i] > c.minWidth()
              && (widest < 0 || widths[i] > widths[widest])) {
            widest = i;
          }
        }
        if (widest < 0) {
          break;
        }
        widths[widest]--;
        used--;
      }
    }
    for (int i = widths.length - 1; i >= 0 && used > total; i--) {
      int cut = Math.min(used - total, Math.max(0, widths[i] - 1));
      widths[i] -= cut;
      used -= cut;
    }
    return shown;
  }

  private static int minimumWidth(
      int[] widths, List<Table.Column> columns, boolean[] shown, boolean nameWhole) {
    int sum = -GAP;
    for (int i = 0; i < widths.length; i++) {
      if (shown[i]) {
        Table.Column c = columns.get(i);
        boolean shrinks = c.shrinkable() && !(nameWhole && keptWhole(c));
        sum += (shrinks ? Math.min(widths[i], c.minWidth()) : widths[i]) + GAP;
      }
    }
    return sum;
  }

  /** A shrinkable column that is never dropped: shortened only once nothing else can give. */
  private static boolean keptWhole(Table.Column c) {
    return c.shrinkable() && c.dropRank() == 0;
  }
}
