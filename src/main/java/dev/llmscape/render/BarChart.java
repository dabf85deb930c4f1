package dev.llmscape.render;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;

/**
 * A horizontal bar chart of counts. On a terminal: labels aligned by display width, counts
 * right-aligned, bars drawn with eighth-block characters (▏▎▍▌▋▊▉█) scaled so the largest fills the
 * width, coloured by meaning. Piped: a tab-separated table of the counts, for scripts.
 */
public final class BarChart {
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  private static final String FULL = "█";

  private BarChart() {}

  /**
   * @param title the chart's title, shown above it on a terminal
   * @param keyHeader the header of the key column when piped ("FAMILY")
   * @param styleOf each key's style on a terminal
   * @param header whether piped output starts with a header row
   */
  public static void print(
      PrintWriter out,
      TerminalContext ctx,
      String title,
      String keyHeader,
      Map<String, Integer> counts,
      Function<String, Style> styleOf,
      boolean header) {
    if (!ctx.tty()) {
      if (header) {
        out.println(keyHeader + "\tMODELS");
      }
      counts.forEach((key, count) -> out.println(Sanitizer.clean(key) + "\t" + count));
      out.flush();
      return;
    }
    Styles styles = ctx.styles();
    out.println(styles.bold(title));
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int labelWidth = 0;
    for (String key : counts.keySet()) {
      labelWidth = Math.max(labelWidth, DisplayWidth.of(Sanitizer.clean(key)));
    }
    labelWidth = Math.min(labelWidth, Math.max(8, ctx.width() / 3));
    int countWidth = Integer.toString(max).length();
    int barRoom = Math.max(1, ctx.width() - labelWidth - countWidth - 2);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String label = DisplayWidth.truncate(Sanitizer.clean(e.getKey()), labelWidth, ctx.ellipsis());
      String count = DisplayWidth.padLeft(Integer.toString(e.getValue()), countWidth);
      String bar = bar(e.getValue(), max, barRoom, ctx.unicode());
      StringBuilder line = new StringBuilder();
      line.append(DisplayWidth.padRight(label, labelWidth)).append(' ').append(count);
      if (!bar.isEmpty()) {
        line.append(' ').append(styles.apply(styleOf.apply(e.getKey()), bar));
      }
      out.println(line);
    }
    out.flush();
  }

  /**
   * A bar for {@code count} out of {@code max} in {@code room} columns: eighth-steps with Unicode,
   * whole {@code #} columns without. Any count above zero shows at least the thinnest bar.
   */
  static String bar(int count, int max, int room, boolean unicode) {
    if (count <= 0 || max <= 0) {
      return "";
    }
    if (!unicode) {
      long columns = Math.max(1, Math.round((double) count * room / max));
      return "#".repeat((int) columns);
    }
    long eighths = Math.max(1, Math.round((double) count * room * 8 / max));
    return FULL.repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
  }
}
