package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.model.ReleaseDate;
import dev.llmscape.query.Subgraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where everything of a landscape picture goes: llmscape's own time-axis layout. Pure geometry, no
 * SVG: {@link LandscapeSvg} draws it, and tests check its boxes.
 *
 * <p>Time runs left to right. Each year gets a width that grows with the number of models released
 * in it (so the crowded years spread out and the sparse ones stay narrow), with month ticks, and
 * month names where a year is wide enough. Each family gets a lane, the lanes ordered by the
 * family's first model. In a lane every model is a mark at its release date (the middle of the
 * month or year when only that is known) with its name to the right; a name that would run into
 * another is moved down a row, and the lane grows by as many rows as it needs. Rows are as tall as
 * their biggest mark. No two boxes (names, marks, lane names, axis labels, legend) overlap, by
 * construction; the picture is as wide and as tall as what it holds.
 */
public final class LandscapeLayout {
  static final double PAD = 16;
  static final double LABEL_SIZE = 11;
  static final double LABEL_HEIGHT = 14;
  static final double LANE_LABEL_SIZE = 12;
  static final double AXIS_SIZE = 12;
  static final double MONTH_SIZE = 9;
  static final double TITLE_SIZE = 16;
  static final double SUBTITLE_SIZE = 11;
  static final double LEGEND_SIZE = 11;
  private static final double LEGEND_LINE = 22;
  private static final double ROW_GAP = 4;
  private static final double LANE_PAD = 5;
  private static final double LABEL_GAP = 4;
  private static final double ITEM_GAP = 8;
  private static final double MIN_YEAR = 110;
  private static final double MAX_YEAR = 800;
  private static final double MIN_ONE_YEAR = 480;
  private static final double MONTH_LABEL_ROOM = 26;
  private static final double MONTH_TICK_ROOM = 8;
  private static final double MIN_WIDTH = 560;
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** A rectangle; boxes that merely touch do not overlap. */
  public record Box(double x, double y, double w, double h) {
    public double right() {
      return x + w;
    }

    public double bottom() {
      return y + h;
    }

    public boolean overlaps(Box o) {
      return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
  }

  /** A piece of text and the box it is drawn in; {@code baseline} is the text's y. */
  public record Label(String text, Box box, double baseline, double size, boolean bold) {}

  /**
   * One model's mark and name.
   *
   * @param nameZh the Chinese name drawn after the name, or null
   * @param href the primary source's https URL, or null
   */
  public record Mark(
      Model model,
      MarkStyle style,
      double cx,
      double cy,
      double r,
      boolean sized,
      boolean focus,
      String name,
      String nameZh,
      String href,
      String tooltip,
      Box markBox,
      Box labelBox) {}

  /** A family's lane: its band and its name. */
  public record Lane(String family, double y, double height, Label label, int models) {}

  /** A lineage edge between two drawn marks. */
  public record Edge(Mark base, Mark derived, EdgeStyle style) {}

  /** A vertical line across the lanes: a year boundary, or a month tick on the axes. */
  public record Rule(double x, boolean year) {}

  /** One entry of the legend: a heading, or a sample with its words. */
  public record LegendItem(Kind kind, Object what, double sampleX, double sampleY, Label label) {
    /** What the sample shows. */
    public enum Kind {
      HEADING,
      MARK,
      SIZE,
      EDGE
    }
  }

  private final double width;
  private final double height;
  private final Label title;
  private final Label subtitle;
  private final List<LegendItem> legend;
  private final List<Lane> lanes;
  private final List<Mark> marks;
  private final List<Edge> edges;
  private final List<Rule> rules;
  private final List<Label> axisLabels;
  private final double plotTop;
  private final double plotBottom;
  private final double plotLeft;
  private final double plotRight;
  private final Label note;

  private LandscapeLayout(Builder b) {
    this.width = b.width;
    this.height = b.height;
    this.title = b.title;
    this.subtitle = b.subtitle;
    this.legend = List.copyOf(b.legend);
    this.lanes = List.copyOf(b.lanes);
    this.marks = List.copyOf(b.marks);
    this.edges = List.copyOf(b.edges);
    this.rules = List.copyOf(b.rules);
    this.axisLabels = List.copyOf(b.axisLabels);
    this.plotTop = b.plotTop;
    this.plotBottom = b.plotBottom;
    this.plotLeft = b.plotLeft;
    this.plotRight = b.plotRight;
    this.note = b.note;
  }

  /**
   * Lays out the models and edges of a graph.
   *
   * @param focus ids of models to emphasise (the model a lineage picture is about)
   * @param title the picture's heading
   * @param subtitle a line under it, or null
   */
  public static LandscapeLayout of(
      Catalog catalog, Subgraph graph, Set<String> focus, String title, String subtitle) {
    return new Builder(catalog, graph, focus).build(title, subtitle);
  }

  /** The landscape of some models: the lineage edges among them, titled with their count. */
  public static LandscapeLayout landscape(Catalog catalog, Subgraph graph) {
    String title = "LLM landscape: " + count(graph.models()) + " by family" + years(graph);
    return of(catalog, graph, Set.of(), title, subtitle(catalog));
  }

  /** One model's lineage (or the path between two), the given models emphasised. */
  public static LandscapeLayout lineage(
      Catalog catalog, Subgraph graph, Set<String> focus, String about) {
    String title = "Lineage of " + clean(about) + ": " + count(graph.models()) + years(graph);
    return of(catalog, graph, focus, title, subtitle(catalog));
  }

  private static String count(List<Model> models) {
    return models.size() + (models.size() == 1 ? " model" : " models");
  }

  private static String years(Subgraph graph) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Model m : graph.models()) {
      if (m.released() != null) {
        first = Math.min(first, m.released().year());
        last = Math.max(last, m.released().year());
      }
    }
    if (first > last) {
      return "";
    }
    return first == last ? ", " + first : ", " + first + "\u2013" + last;
  }

  private static String subtitle(Catalog catalog) {
    return "llmscape \u00b7 catalog "
        + clean(catalog.version())
        + " ("
        + catalog.date()
        + ") \u00b7 mark size: parameters, log scale \u00b7 a mark links to the model's paper"
        + " or announcement";
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  public Label title() {
    return title;
  }

  public Label subtitle() {
    return subtitle;
  }

  public List<LegendItem> legend() {
    return legend;
  }

  public List<Lane> lanes() {
    return lanes;
  }

  public List<Mark> marks() {
    return marks;
  }

  public List<Edge> edges() {
    return edges;
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<Label> axisLabels() {
    return axisLabels;
  }

  public double plotTop() {
    return plotTop;
  }

  public double plotBottom() {
    return plotBottom;
  }

  public double plotLeft() {
    return plotLeft;
  }

  public double plotRight() {
    return plotRight;
  }

  /** The note on undated models left out, or null. */
  public Label note() {
    return note;
  }

  /**
   * Every box with something in it that must not overlap another: names, marks, lane names, axis
   * labels, legend entries, title and note. Lane bands, rules and edges are drawn under them.
   */
  public List<Box> boxes() {
    List<Box> out = new ArrayList<>();
    out.add(title.box());
    if (subtitle != null) {
      out.add(subtitle.box());
    }
    for (LegendItem item : legend) {
      out.add(legendBox(item));
    }
    for (Lane lane : lanes) {
      out.add(lane.label().box());
    }
    for (Mark m : marks) {
      out.add(m.markBox());
      out.add(m.labelBox());
    }
    for (Label l : axisLabels) {
      out.add(l.box());
    }
    if (note != null) {
      out.add(note.box());
    }
    return out;
  }

  /** A legend entry's box: its sample and its words. */
  static Box legendBox(LegendItem item) {
    Box text = item.label().box();
    if (item.kind() == LegendItem.Kind.HEADING) {
      return text;
    }
    double left = item.sampleX() - sampleHalfWidth(item);
    return new Box(left, text.y(), text.right() - left, text.h());
  }

  private static double sampleHalfWidth(LegendItem item) {
    return switch (item.kind()) {
      case HEADING -> 0;
      case MARK -> 6;
      case SIZE -> (Double) item.what();
      case EDGE -> 12;
    };
  }

  /** The radius of a mark: by the log of the largest size, 2.5 (100M or less) to 9 (2.5T). */
  static double radius(Model m) {
    if (m.params() == null || !m.params().known()) {
      return 4;
    }
    return radiusOf(m.params().max());
  }

  static double radiusOf(long params) {
    double r = 2.5 + 1.5 * Math.log10(params / 1e8);
    return Math.max(2.5, Math.min(9, r));
  }

  /**
   * The model's primary source, the link a mark opens: its paper, else its report, blog post or
   * model card; https only. Null when it has none.
   */
  public static String primarySource(Model m) {
    for (String kind : List.of("paper", "report", "blog", "modelCard")) {
      String url = SvgText.httpsUrl(m.links().get(kind));
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  /** The x of a date: the middle of the day, month or year it stands for. */
  private static double middle(ReleaseDate d) {
    return (d.earliest().toEpochDay() + d.latest().toEpochDay() + 1) / 2.0;
  }

  /** Builds one layout. */
  private static final class Builder {
    private final Catalog catalog;
    private final Subgraph graph;
    private final Set<String> focus;
    private final Map<Integer, Double> yearX = new HashMap<>();
    private final Map<Integer, Double> yearWidth = new HashMap<>();
    private int firstYear;
    private int lastYear;

    double width;
    double height;
    Label title;
    Label subtitle;
    final List<LegendItem> legend = new ArrayList<>();
    final List<Lane> lanes = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    final List<Label> axisLabels = new ArrayList<>();
    double plotTop;
    double plotBottom;
    double plotLeft;
    double plotRight;
    Label note;

    Builder(Catalog catalog, Subgraph graph, Set<String> focus) {
      this.catalog = catalog;
      this.graph = graph;
      this.focus = focus;
    }

    /** A model placed in its lane, before the lane has a y. */
    private record Placed(Model model, double cx, double r, double labelW, int row) {}

    LandscapeLayout build(String titleText, String subtitleText) {
      List<Model> dated =
          graph.models().stream()
              .filter(m -> m.released() != null)
              .sorted(Comparator.comparing(Model::released).thenComparing(Model::id))
              .toList();
      int undated = graph.models().size() - dated.size();
      Map<String, List<Model>> families = new LinkedHashMap<>();
      for (Model m : dated) {
        families.computeIfAbsent(catalog.orgOf(m).family(), f -> new ArrayList<>()).add(m);
      }
      double laneLabelWidth = 0;
      for (String family : families.keySet()) {
        laneLabelWidth =
            Math.max(laneLabelWidth, SvgText.width(clean(family), LANE_LABEL_SIZE, true));
      }
      plotLeft = PAD + laneLabelWidth + PAD;
      plotRight = plotLeft;
      if (!dated.isEmpty()) {
        years(dated);
      }

      // Each lane's rows, packed left to right; y comes once the top area is known.
      Map<String, List<Placed>> placed = new LinkedHashMap<>();
      double contentRight = plotRight;
      for (Map.Entry<String, List<Model>> family : families.entrySet()) {
        List<Placed> lane = pack(family.getValue());
        placed.put(family.getKey(), lane);
        for (Placed p : lane) {
          contentRight = Math.max(contentRight, p.cx() + p.r() + LABEL_GAP + p.labelW());
        }
      }
      double right = Math.max(contentRight, PAD + MIN_WIDTH);

      double y = PAD;
      title = text(titleText, PAD, y, TITLE_SIZE, true);
      right = Math.max(right, title.box().right());
      y = title.box().bottom() + 4;
      if (subtitleText != null) {
        subtitle = text(subtitleText, PAD, y, SUBTITLE_SIZE, false);
        right = Math.max(right, subtitle.box().right());
        y = subtitle.box().bottom();
      }
      y = legend(y + 10, right) + 8;

      boolean months = !dated.isEmpty() && monthLabels();
      if (!dated.isEmpty()) {
        Label yearRow = null;
        for (int year = firstYear; year <= lastYear; year++) {
          yearRow = centred(Integer.toString(year), year, y, AXIS_SIZE, true);
          axisLabels.add(yearRow);
        }
        y = yearRow.box().bottom();
        if (months) {
          y = monthRow(y + 1) + 2;
        }
        y += 4;
      }
      plotTop = y;
      boolean shaded = false;
      for (Map.Entry<String, List<Placed>> family : placed.entrySet()) {
        y = lane(family.getKey(), family.getValue(), y, shaded);
        shaded = !shaded;
      }
      plotBottom = y;
      if (!dated.isEmpty()) {
        y += 4;
        if (months) {
          y = monthRow(y) + 1;
        }
        Label yearRow = null;
        for (int year = firstYear; year <= lastYear; year++) {
          yearRow = centred(Integer.toString(year), year, y, AXIS_SIZE, true);
          axisLabels.add(yearRow);
        }
        y = yearRow.box().bottom();
        rules(months);
      }
      if (undated > 0) {
        String words =
            undated == 1
                ? " model has no release date and is not drawn."
                : " models have no release date and are not drawn.";
        note = text(undated + words, PAD, y + 8, 11, false);
        right = Math.max(right, note.box().right());
        y = note.box().bottom();
      }
      edges();
      width = Math.ceil(right + PAD);
      height = Math.ceil(y + PAD);
      return new LandscapeLayout(this);
    }

    /** Year widths by how many models each year has. */
    private void years(List<Model> dated) {
      firstYear = dated.get(0).released().year();
      lastYear = dated.get(dated.size() - 1).released().year();
      Map<Integer, Integer> counts = new HashMap<>();
      for (Model m : dated) {
        counts.merge(m.released().year(), 1, Integer::sum);
      }
      double x = plotLeft;
      for (int year = firstYear; year <= lastYear; year++) {
        double w = 60 + 5.5 * counts.getOrDefault(year, 0);
        w = Math.max(firstYear == lastYear ? MIN_ONE_YEAR : MIN_YEAR, Math.min(MAX_YEAR, w));
        w = Math.round(w);
        yearX.put(year, x);
        yearWidth.put(year, w);
        x += w;
      }
      plotRight = x;
    }

    /** The x of an epoch day: linear within its year. */
    private double x(double epochDay) {
      LocalDate day = LocalDate.ofEpochDay((long) Math.floor(epochDay));
      int year = Math.max(firstYear, Math.min(lastYear, day.getYear()));
      double start = LocalDate.of(year, 1, 1).toEpochDay();
      double days = LocalDate.of(year + 1, 1, 1).toEpochDay() - start;
      double fraction = Math.max(0, Math.min(1, (epochDay - start) / days));
      return yearX.get(year) + fraction * yearWidth.get(year);
    }

    private boolean monthLabels() {
      for (int year = firstYear; year <= lastYear; year++) {
        if (yearWidth.get(year) / 12 >= MONTH_LABEL_ROOM) {
          return true;
        }
      }
      return false;
    }

    /** Month names under (or over) the years wide enough for them; returns the row's bottom. */
    private double monthRow(double y) {
      double bottom = y;
      for (int year = firstYear; year <= lastYear; year++) {
        if (yearWidth.get(year) / 12 < MONTH_LABEL_ROOM) {
          continue;
        }
        for (int month = 1; month <= 12; month++) {
          double from = x(LocalDate.of(year, month, 1).toEpochDay());
          double to =
              month == 12
                  ? yearX.get(year) + yearWidth.get(year)
                  : x(LocalDate.of(year, month + 1, 1).toEpochDay());
          String name = MONTHS[month - 1];
          double w = SvgText.width(name, MONTH_SIZE, false);
          Label l = text(name, (from + to - w) / 2, y, MONTH_SIZE, false);
          axisLabels.add(l);
          bottom = l.box().bottom();
        }
      }
      return bottom;
    }

    private void rules(boolean months) {
      for (int year = firstYear; year <= lastYear + 1; year++) {
        double x = year > lastYear ? plotRight : yearX.get(year);
        rules.add(new Rule(x, true));
        if (year > lastYear || yearWidth.get(year) / 12 < MONTH_TICK_ROOM) {
          continue;
        }
        for (int month = 2; month <= 12; month++) {
          rules.add(new Rule(x(LocalDate.of(year, month, 1).toEpochDay()), false));
        }
      }
    }

    private Label centred(String text, int year, double y, double size, boolean bold) {
      double w = SvgText.width(text, size, bold);
      return text(text, yearX.get(year) + (yearWidth.get(year) - w) / 2, y, size, bold);
    }

    /** Rows for a lane's models: each goes into the first row where it has room. */
    private List<Placed> pack(List<Model> models) {
      List<Placed> out = new ArrayList<>();
      List<Double> rowEnds = new ArrayList<>();
      List<Placed> byX = new ArrayList<>();
      for (Model m : models) {
        double r = radius(m);
        double w = labelWidth(m);
        byX.add(new Placed(m, x(middle(m.released())), r, w, -1));
      }
      byX.sort(Comparator.comparingDouble(Placed::cx).thenComparing(p -> p.model().id()));
      for (Placed p : byX) {
        double start = p.cx() - p.r();
        double end = p.cx() + p.r() + LABEL_GAP + p.labelW() + ITEM_GAP;
        int row = 0;
        while (row < rowEnds.size() && rowEnds.get(row) > start) {
          row++;
        }
        if (row == rowEnds.size()) {
          rowEnds.add(end);
        } else {
          rowEnds.set(row, end);
        }
        out.add(new Placed(p.model(), p.cx(), p.r(), p.labelW(), row));
      }
      return out;
    }

    private double labelWidth(Model m) {
      boolean bold = focus.contains(m.id());
      double w = SvgText.width(clean(m.name()), LABEL_SIZE, bold);
      String zh = nameZh(m);
      if (zh != null) {
        w += SvgText.width(" " + zh, LABEL_SIZE, bold);
      }
      return w;
    }

    /** Places a lane's rows from {@code top}; returns the lane's bottom. */
    private double lane(String family, List<Placed> placed, double top, boolean shaded) {
      int rows = 0;
      for (Placed p : placed) {
        rows = Math.max(rows, p.row() + 1);
      }
      double[] heights = new double[rows];
      for (Placed p : placed) {
        heights[p.row()] = Math.max(heights[p.row()], Math.max(2 * p.r(), LABEL_HEIGHT) + ROW_GAP);
      }
      double[] centres = new double[rows];
      double y = top + LANE_PAD;
      for (int row = 0; row < rows; row++) {
        centres[row] = y + heights[row] / 2;
        y += heights[row];
      }
      double bottom = y + LANE_PAD;
      for (Placed p : placed) {
        Model m = p.model();
        double cy = centres[p.row()];
        Box markBox = new Box(p.cx() - p.r(), cy - p.r(), 2 * p.r(), 2 * p.r());
        Box labelBox =
            new Box(p.cx() + p.r() + LABEL_GAP, cy - LABEL_HEIGHT / 2, p.labelW(), LABEL_HEIGHT);
        marks.add(
            new Mark(
                m,
                MarkStyle.of(m),
                p.cx(),
                cy,
                p.r(),
                m.params() != null && m.params().known(),
                focus.contains(m.id()),
                clean(m.name()),
                nameZh(m),
                primarySource(m),
                tooltip(catalog, m),
                markBox,
                labelBox));
      }
      String name = clean(family);
      double labelY = centres.length == 0 ? top + LANE_PAD : centres[0] - 7.5;
      Label label = text(name, PAD, labelY, LANE_LABEL_SIZE, true);
      lanes.add(new Lane(name, top, bottom - top, label, placed.size()));
      return bottom;
    }

    /** Edges between drawn marks, each with its relation's style. */
    private void edges() {
      Map<String, Mark> byId = new HashMap<>();
      for (Mark m : marks) {
        byId.put(m.model().id(), m);
      }
      for (Subgraph.Edge e : graph.edges()) {
        Mark base = byId.get(e.base().id());
        Mark derived = byId.get(e.derived().id());
        if (base != null && derived != null) {
          edges.add(new Edge(base, derived, EdgeStyle.of(e.lineage())));
        }
      }
    }

    /** Flows the legend's entries into lines no wider than {@code right}; returns the bottom. */
    private double legend(double top, double right) {
      List<LegendItem> items = new ArrayList<>();
      items.add(heading("Marks:"));
      for (MarkStyle s : MarkStyle.values()) {
        items.add(new LegendItem(LegendItem.Kind.MARK, s, 0, 0, words(s.label())));
      }
      items.add(heading("Parameters (log scale):"));
      for (long p :
          new long[] {1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L}) {
        items.add(
            new LegendItem(
                LegendItem.Kind.SIZE,
                radiusOf(p),
                0,
                0,
                words(dev.llmscape.model.ParamSize.formatCount(p))));
      }
      items.add(new LegendItem(LegendItem.Kind.SIZE, 4.0, 0, 0, words("unknown (pale)")));
      Set<EdgeStyle> present = EnumSet.noneOf(EdgeStyle.class);
      for (Subgraph.Edge e : graph.edges()) {
        present.add(EdgeStyle.of(e.lineage()));
      }
      if (!present.isEmpty()) {
        items.add(heading("Built on:"));
        for (EdgeStyle s : present) {
          items.add(new LegendItem(LegendItem.Kind.EDGE, s, 0, 0, words(s.label())));
        }
      }
      double x = PAD;
      double lineTop = top;
      for (LegendItem item : items) {
        double half = sampleHalfWidth(item);
        double w = (half == 0 ? 0 : 2 * half + 5) + item.label().box().w();
        boolean newGroup = item.kind() == LegendItem.Kind.HEADING && x > PAD;
        if (newGroup) {
          x += 10;
        }
        if (x > PAD && x + w > right) {
          x = PAD;
          lineTop += LEGEND_LINE;
        }
        double sampleX = x + half;
        double textX = half == 0 ? x : x + 2 * half + 5;
        double sampleY = lineTop + LEGEND_LINE / 2;
        Label label =
            text(
                item.label().text(),
                textX,
                sampleY - 7.5,
                LEGEND_SIZE,
                item.kind() == LegendItem.Kind.HEADING);
        legend.add(new LegendItem(item.kind(), item.what(), sampleX, sampleY, label));
        x += w + 12;
      }
      return lineTop + LEGEND_LINE;
    }

    private static LegendItem heading(String text) {
      return new LegendItem(
          LegendItem.Kind.HEADING, null, 0, 0, text(text, 0, 0, LEGEND_SIZE, true));
    }

    private static Label words(String text) {
      return text(text, 0, 0, LEGEND_SIZE, false);
    }
  }

  /**
   * A one-line text at {@code (x, top)}: its box is one line of the font tall (1.3 em), the
   * baseline a little over three quarters down.
   */
  static Label text(String text, double x, double top, double size, boolean bold) {
    double h = Math.ceil(size * 1.3);
    Box box = new Box(x, top, SvgText.width(text, size, bold), h);
    return new Label(text, box, top + size * 0.98, size, bold);
  }

  static String clean(String s) {
    return Sanitizer.clean(s);
  }

  /** The Chinese name to draw after the name, when it adds something. */
  static String nameZh(Model m) {
    String zh = m.nameZh();
    if (zh == null || zh.isBlank() || zh.equals(m.name())) {
      return null;
    }
    return clean(zh);
  }

  /** The words a mark's tooltip shows: name, org, date, size, openness and category. */
  static String tooltip(Catalog catalog, Model m) {
    String name = LineageText.name(m);
    String zh = nameZh(m);
    return (zh == null ? name : name + " " + zh)
        + " \u2014 "
        + LineageText.org(catalog, m)
        + " \u00b7 "
        + LineageText.date(m)
        + " \u00b7 "
        + LineageText.size(m)
        + " \u00b7 "
        + LineageText.openness(m)
        + " \u00b7 "
        + m.category().id();
  }
}
