package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.Subgraph;
import java.util.ArrayList;
import java.util.List;
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

  LandscapeLayout(LandscapeBuilder b) {
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
    return new LandscapeBuilder(catalog, graph, focus).build(title, subtitle);
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
      if (m.dated() != null) {
        first = Math.min(first, m.dated().year());
        last = Math.max(last, m.dated().year());
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
      out.add(LandscapeLegend.box(item));
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
