package dev.llmscape.render;

import static dev.llmscape.render.LandscapeLayout.LABEL_HEIGHT;
import static dev.llmscape.render.LandscapeLayout.LABEL_SIZE;
import static dev.llmscape.render.LandscapeLayout.LANE_LABEL_SIZE;
import static dev.llmscape.render.LandscapeLayout.PAD;
import static dev.llmscape.render.LandscapeLayout.SUBTITLE_SIZE;
import static dev.llmscape.render.LandscapeLayout.TITLE_SIZE;
import static dev.llmscape.render.LandscapeLayout.clean;
import static dev.llmscape.render.LandscapeLayout.nameZh;
import static dev.llmscape.render.LandscapeLayout.primarySource;
import static dev.llmscape.render.LandscapeLayout.radius;
import static dev.llmscape.render.LandscapeLayout.text;
import static dev.llmscape.render.LandscapeLayout.tooltip;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.Subgraph;
import dev.llmscape.render.LandscapeLayout.Box;
import dev.llmscape.render.LandscapeLayout.Edge;
import dev.llmscape.render.LandscapeLayout.Label;
import dev.llmscape.render.LandscapeLayout.Lane;
import dev.llmscape.render.LandscapeLayout.LegendItem;
import dev.llmscape.render.LandscapeLayout.Mark;
import dev.llmscape.render.LandscapeLayout.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one {@link LandscapeLayout}: lanes packed into rows, then everything placed top to bottom
 * (title, legend, axis, lanes, axis, note).
 */
final class LandscapeBuilder {
  private static final double ROW_GAP = 4;
  private static final double LANE_PAD = 5;
  private static final double LABEL_GAP = 4;
  private static final double ITEM_GAP = 8;
  private static final double MIN_WIDTH = 560;

  private final Catalog catalog;
  private final Subgraph graph;
  private final Set<String> focus;
  private TimeAxis axis;

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

  LandscapeBuilder(Catalog catalog, Subgraph graph, Set<String> focus) {
    this.catalog = catalog;
    this.graph = graph;
    this.focus = focus;
  }

  /** A model placed in its lane, before the lane has a y. */
  private record Placed(Model model, double cx, double r, double labelW, int row) {}

  LandscapeLayout build(String titleText, String subtitleText) {
    List<Model> dated =
        graph.models().stream()
            .filter(m -> m.dated() != null)
            .sorted(Comparator.comparing(Model::dated).thenComparing(Model::id))
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
    axis = dated.isEmpty() ? null : new TimeAxis(dated, plotLeft);
    plotRight = axis == null ? plotLeft : axis.right();

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
    Set<EdgeStyle> present = EnumSet.noneOf(EdgeStyle.class);
    for (Subgraph.Edge e : graph.edges()) {
      present.add(EdgeStyle.of(e.lineage()));
    }
    Set<MarkStyle> marks = EnumSet.noneOf(MarkStyle.class);
    for (List<Placed> lane : placed.values()) {
      for (Placed p : lane) {
        marks.add(MarkStyle.of(p.model()));
      }
    }
    legend.addAll(LandscapeLegend.flow(y + 10, right, marks, present));
    y = LandscapeLegend.bottom(legend, y + 10) + 8;

    if (axis != null) {
      double years = add(axis.yearLabels(y));
      y = axis.hasMonthLabels() ? add(axis.monthLabels(years + 1)) + 2 : years;
      y += 4;
    }
    plotTop = y;
    boolean shaded = false;
    for (Map.Entry<String, List<Placed>> family : placed.entrySet()) {
      y = lane(family.getKey(), family.getValue(), y, shaded);
      shaded = !shaded;
    }
    plotBottom = y;
    if (axis != null) {
      y += 4;
      y = axis.hasMonthLabels() ? add(axis.monthLabels(y)) + 1 : y;
      y = add(axis.yearLabels(y));
      rules.addAll(axis.rules());
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

  /** Adds axis labels; returns their bottom. */
  private double add(List<Label> labels) {
    axisLabels.addAll(labels);
    double bottom = 0;
    for (Label l : labels) {
      bottom = Math.max(bottom, l.box().bottom());
    }
    return bottom;
  }

  /** Rows for a lane's models: each goes into the first row where it has room. */
  private List<Placed> pack(List<Model> models) {
    List<Placed> out = new ArrayList<>();
    List<Double> rowEnds = new ArrayList<>();
    List<Placed> byX = new ArrayList<>();
    for (Model m : models) {
      double r = radius(m);
      double w = labelWidth(m);
      byX.add(new Placed(m, axis.x(m.dated()), r, w, -1));
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
}
