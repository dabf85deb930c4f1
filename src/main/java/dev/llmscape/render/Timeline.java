package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Releases over time: one lane per family along a year axis (a month axis within one year), a mark
 * per model at its release date and its name after the mark where it fits, fitted to the width. On
 * a terminal with Unicode: ● marks coloured by openness on a dotted lane. Otherwise, and always
 * when piped: plain ASCII ({@code *} marks, {@code .} lanes, {@code +} ticks), uncoloured unless
 * colour is forced (--color=always, CLICOLOR_FORCE).
 */
public final class Timeline {
  private static final int MIN_PLOT = 10;

  private Timeline() {}

  /** One column of a lane: a character and what it means. */
  private record Cell(char ch, Style style, boolean free) {}

  /** A tick on the axis: its epoch day and label. */
  private record Tick(long day, String label) {}

  public static void print(
      PrintWriter out, TerminalContext ctx, Catalog catalog, List<Model> models) {
    boolean fancy = ctx.tty() && ctx.unicode();
    // Colour as everywhere: on a terminal, or when forced (--color=always, CLICOLOR_FORCE).
    Styles styles = ctx.styles();
    List<Model> dated =
        models.stream()
            .filter(m -> m.dated() != null)
            .sorted(Comparator.comparing(Model::dated).thenComparing(Model::id))
            .toList();
    int undated = models.size() - dated.size();
    if (dated.isEmpty()) {
      if (undated > 0) {
        out.println(DisplayWidth.truncate(undatedNote(undated), ctx.width(), "~"));
      }
      out.flush();
      return;
    }
    Map<String, List<Model>> lanes = new LinkedHashMap<>();
    for (Model m : dated) {
      lanes.computeIfAbsent(catalog.orgOf(m).family(), f -> new ArrayList<>()).add(m);
    }
    int firstYear = dated.get(0).dated().year();
    int lastYear = dated.get(dated.size() - 1).dated().year();
    int labelWidth = 0;
    for (String family : lanes.keySet()) {
      labelWidth = Math.max(labelWidth, DisplayWidth.of(Sanitizer.clean(family)));
    }
    labelWidth = Math.min(labelWidth, Math.max(6, ctx.width() / 5));
    int plot = Math.max(MIN_PLOT, ctx.width() - labelWidth - 1);
    long start = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long end = LocalDate.of(lastYear + 1, 1, 1).toEpochDay();

    String years = firstYear == lastYear ? "" + firstYear : firstYear + "-" + lastYear;
    String title = dated.size() + " models by family, " + years;
    out.println(styles.bold(DisplayWidth.truncate(title, ctx.width(), ellipsis(fancy))));
    for (Map.Entry<String, List<Model>> lane : lanes.entrySet()) {
      Cell[] cells = lane(lane.getValue(), plot, start, end, fancy);
      String label =
          DisplayWidth.truncate(Sanitizer.clean(lane.getKey()), labelWidth, ellipsis(fancy));
      out.println(DisplayWidth.padRight(label, labelWidth) + " " + render(cells, styles));
    }
    List<Tick> ticks = ticks(firstYear, lastYear);
    out.println(" ".repeat(labelWidth + 1) + axis(ticks, plot, start, end, fancy));
    // A month axis says its year left of the labels, where the lanes' names stand: in the first
    // label ("2024-01") it covered February's tick, so "02" was never printed.
    String axisYear = firstYear == lastYear && labelWidth >= 4 ? "" + firstYear : "";
    out.println(
        DisplayWidth.padRight(axisYear, labelWidth + 1) + tickLabels(ticks, plot, start, end));
    String mark = fancy ? "●" : "*";
    if (styles.enabled() && ctx.width() >= 27) {
      out.println(
          styles.apply(Style.OPEN, mark)
              + " open  "
              + styles.apply(Style.CLOSED, mark)
              + " closed  "
              + styles.apply(Style.UNKNOWN, mark)
              + " unknown");
    }
    if (undated > 0) {
      out.println(styles.dim(DisplayWidth.truncate(undatedNote(undated), ctx.width(), "~")));
    }
    out.flush();
  }

  private static String undatedNote(int undated) {
    return "(" + undated + (undated == 1 ? " undated model" : " undated models") + " not shown)";
  }

  private static String ellipsis(boolean fancy) {
    return fancy ? "…" : "~";
  }

  /** Marks first, so every model shows; then names, oldest first, where they fit. */
  private static Cell[] lane(List<Model> models, int plot, long start, long end, boolean fancy) {
    Cell[] cells = new Cell[plot];
    Arrays.fill(cells, new Cell(fancy ? '·' : '.', Style.DIM, true));
    int[] xs = new int[models.size()];
    for (int i = 0; i < models.size(); i++) {
      Model m = models.get(i);
      xs[i] = column(m.dated().earliest().toEpochDay(), plot, start, end);
      cells[xs[i]] = new Cell(fancy ? '●' : '*', markStyle(m.openness()), false);
    }
    for (int i = 0; i < models.size(); i++) {
      String name = Sanitizer.clean(models.get(i).name());
      if (DisplayWidth.of(name) != name.length()) {
        continue; // wide or combining characters do not map onto one cell each
      }
      int from = xs[i] + 1;
      int to = from + name.length(); // exclusive; the cell at `to` must stay free as a gap
      if (to > plot || !free(cells, from, Math.min(plot, to + 1))) {
        continue;
      }
      for (int k = 0; k < name.length(); k++) {
        cells[from + k] = new Cell(name.charAt(k), Style.PLAIN, false);
      }
    }
    return cells;
  }

  private static boolean free(Cell[] cells, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!cells[k].free()) {
        return false;
      }
    }
    return true;
  }

  private static Style markStyle(Openness openness) {
    return switch (openness) {
      case OPEN -> Style.OPEN;
      case CLOSED -> Style.CLOSED;
      case UNKNOWN -> Style.UNKNOWN;
    };
  }

  private static int column(long day, int plot, long start, long end) {
    long x = (day - start) * plot / (end - start);
    return (int) Math.max(0, Math.min(plot - 1, x));
  }

  private static String render(Cell[] cells, Styles styles) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < cells.length) {
      Style style = cells[i].style();
      StringBuilder run = new StringBuilder();
      while (i < cells.length && cells[i].style() == style) {
        run.append(cells[i].ch());
        i++;
      }
      sb.append(styles.apply(style, run.toString()));
    }
    return sb.toString();
  }

  /** Years across several years; months within one. */
  private static List<Tick> ticks(int firstYear, int lastYear) {
    List<Tick> ticks = new ArrayList<>();
    if (firstYear == lastYear) {
      for (int month = 1; month <= 12; month++) {
        String label = String.format("%02d", month);
        ticks.add(new Tick(LocalDate.of(firstYear, month, 1).toEpochDay(), label));
      }
    } else {
      for (int year = firstYear; year <= lastYear; year++) {
        ticks.add(new Tick(LocalDate.of(year, 1, 1).toEpochDay(), Integer.toString(year)));
      }
    }
    return ticks;
  }

  private static String axis(List<Tick> ticks, int plot, long start, long end, boolean fancy) {
    char[] line = new char[plot];
    Arrays.fill(line, fancy ? '─' : '-');
    for (Tick t : ticks) {
      line[column(t.day(), plot, start, end)] = fancy ? '┬' : '+';
    }
    return new String(line);
  }

  /** Each label starts under its tick, left out where it would touch the one before. */
  private static String tickLabels(List<Tick> ticks, int plot, long start, long end) {
    char[] line = new char[plot];
    Arrays.fill(line, ' ');
    int next = 0;
    for (Tick t : ticks) {
      int x = column(t.day(), plot, start, end);
      if (x < next || x + t.label().length() > plot) {
        continue;
      }
      t.label().getChars(0, t.label().length(), line, x);
      next = x + t.label().length() + 1;
    }
    return new String(line).stripTrailing();
  }
}
