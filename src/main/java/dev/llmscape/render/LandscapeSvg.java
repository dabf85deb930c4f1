package dev.llmscape.render;

import dev.llmscape.render.LandscapeLayout.Edge;
import dev.llmscape.render.LandscapeLayout.Label;
import dev.llmscape.render.LandscapeLayout.Lane;
import dev.llmscape.render.LandscapeLayout.LegendItem;
import dev.llmscape.render.LandscapeLayout.Mark;
import dev.llmscape.render.LandscapeLayout.Rule;
import java.io.PrintWriter;

/**
 * Draws a {@link LandscapeLayout} as SVG, written by hand: a white page, shaded lanes, year and
 * month rules, the legend, lineage edges under the marks, and each mark with its name, linked to
 * the model's primary source. Styles are classes under the root's {@code lsc} class, so the SVG can
 * sit inside an HTML page without touching the page's own elements. Everything from the catalog is
 * sanitised and XML-escaped; links are https only.
 */
public final class LandscapeSvg {
  /** The class on the root element that every style rule is scoped to. */
  static final String ROOT_CLASS = "lsc";

  private LandscapeSvg() {}

  /** Writes the picture and flushes. */
  public static void write(PrintWriter out, LandscapeLayout layout) {
    out.print(svg(layout));
    out.flush();
  }

  /** The picture as one SVG document (no XML declaration, so it also fits inside HTML). */
  public static String svg(LandscapeLayout layout) {
    StringBuilder sb = new StringBuilder(1 << 16);
    String w = SvgText.num(layout.width());
    String h = SvgText.num(layout.height());
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        .append(ROOT_CLASS)
        .append("\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("\" font-size=\"11\" role=\"img\" aria-label=\"")
        .append(SvgText.escape(layout.title().text()))
        .append("\">\n");
    sb.append("<title>").append(SvgText.escape(layout.title().text())).append("</title>\n");
    sb.append("<style>").append(css()).append("</style>\n");
    sb.append("<rect class=\"bg\" width=\"").append(w).append("\" height=\"").append(h);
    sb.append("\"/>\n");
    lanes(sb, layout);
    rules(sb, layout);
    text(sb, layout.title(), "title");
    if (layout.subtitle() != null) {
      text(sb, layout.subtitle(), "sub");
    }
    legend(sb, layout);
    sb.append("<g class=\"axis\">\n");
    for (Label l : layout.axisLabels()) {
      text(sb, l, null);
    }
    sb.append("</g>\n");
    edges(sb, layout);
    marks(sb, layout);
    if (layout.note() != null) {
      text(sb, layout.note(), "sub");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  /**
   * The style sheet inside the SVG, every rule scoped to the root class. The HTML page hashes it
   * for its Content-Security-Policy, so it must be exactly what {@link #svg} writes.
   */
  public static String css() {
    String r = "." + ROOT_CLASS + " ";
    StringBuilder sb = new StringBuilder();
    sb.append('.').append(ROOT_CLASS).append("{font-family:").append(SvgText.FONT_FAMILY);
    sb.append('}').append(r).append(".bg{fill:#fff}");
    sb.append(r).append(".band{fill:#f1f5f9}");
    sb.append(r).append(".year{stroke:#cbd5e1;stroke-width:1}");
    sb.append(r).append(".month{stroke:#e2e8f0;stroke-width:1}");
    sb.append(r).append("text{fill:#0f172a}");
    sb.append(r).append(".sub{fill:#475569}");
    sb.append(r).append(".zh{fill:#475569}");
    sb.append(r).append(".lane{fill:#1e293b}");
    sb.append(r).append(".edges path{fill:none;stroke-opacity:.55}");
    for (EdgeStyle s : EdgeStyle.values()) {
      sb.append(r).append('.').append(s.cssClass()).append("{stroke:").append(s.color());
      sb.append(";stroke-width:").append(SvgText.num(s.width()));
      if (!s.dash().isEmpty()) {
        sb.append(";stroke-dasharray:").append(s.dash());
      }
      sb.append('}');
    }
    for (MarkStyle s : MarkStyle.values()) {
      sb.append(r).append('.').append(s.cssClass());
      sb.append("{fill:").append(s.fill()).append(";stroke:").append(s.stroke()).append('}');
    }
    sb.append(r).append(".unsized{fill-opacity:.3}");
    sb.append(r).append(".focus{stroke:#0f172a;stroke-width:3}");
    sb.append(r)
        .append(".mark text{paint-order:stroke;stroke:#fff;stroke-width:3px;")
        .append("stroke-linejoin:round}");
    sb.append(r).append("a:hover text{text-decoration:underline}");
    return sb.toString();
  }

  private static void lanes(StringBuilder sb, LandscapeLayout layout) {
    sb.append("<g class=\"lanes\">\n");
    boolean shaded = false;
    for (Lane lane : layout.lanes()) {
      if (shaded) {
        sb.append("<rect class=\"band\" x=\"0\" y=\"").append(SvgText.num(lane.y()));
        sb.append("\" width=\"").append(SvgText.num(layout.width()));
        sb.append("\" height=\"").append(SvgText.num(lane.height())).append("\"/>\n");
      }
      shaded = !shaded;
    }
    for (Lane lane : layout.lanes()) {
      text(sb, lane.label(), "lane");
    }
    sb.append("</g>\n");
  }

  private static void rules(StringBuilder sb, LandscapeLayout layout) {
    if (layout.rules().isEmpty()) {
      return;
    }
    sb.append("<g class=\"rules\">\n");
    for (Rule rule : layout.rules()) {
      String x = SvgText.num(rule.x());
      double top = layout.plotTop();
      double bottom = layout.plotBottom();
      if (!rule.year()) {
        // Month ticks: short marks at the top and bottom of the lanes, not lines across them.
        line(sb, "month", x, top - 4, top + 3);
        line(sb, "month", x, bottom - 3, bottom + 4);
        continue;
      }
      line(sb, "year", x, top - 4, bottom + 4);
    }
    sb.append("</g>\n");
  }

  private static void line(StringBuilder sb, String cls, String x, double y1, double y2) {
    sb.append("<line class=\"").append(cls).append("\" x1=\"").append(x).append("\" x2=\"");
    sb.append(x).append("\" y1=\"").append(SvgText.num(y1)).append("\" y2=\"");
    sb.append(SvgText.num(y2)).append("\"/>\n");
  }

  private static void legend(StringBuilder sb, LandscapeLayout layout) {
    sb.append("<g class=\"legend\">\n");
    for (LegendItem item : layout.legend()) {
      double x = item.sampleX();
      double y = item.sampleY();
      switch (item.kind()) {
        case HEADING -> {}
        case MARK -> shape(sb, (MarkStyle) item.what(), x, y, 5, "");
        case SIZE -> {
          double r = (Double) item.what();
          boolean unknown = item.label().text().startsWith("unknown");
          sb.append("<circle class=\"").append(MarkStyle.OPEN.cssClass());
          sb.append(unknown ? " unsized" : "").append("\" cx=\"").append(SvgText.num(x));
          sb.append("\" cy=\"").append(SvgText.num(y)).append("\" r=\"");
          sb.append(SvgText.num(r)).append("\"/>\n");
        }
        case EDGE -> {
          EdgeStyle s = (EdgeStyle) item.what();
          sb.append("<g class=\"edges\"><path class=\"").append(s.cssClass()).append("\" d=\"M");
          sb.append(SvgText.num(x - 12)).append(' ').append(SvgText.num(y)).append("H");
          sb.append(SvgText.num(x + 12)).append("\"/></g>\n");
        }
      }
      text(sb, item.label(), null);
    }
    sb.append("</g>\n");
  }

  private static void edges(StringBuilder sb, LandscapeLayout layout) {
    sb.append("<g class=\"edges\">\n");
    for (Edge e : layout.edges()) {
      double x1 = e.base().cx();
      double y1 = e.base().cy();
      double x2 = e.derived().cx();
      double y2 = e.derived().cy();
      double dx = Math.max(12, Math.abs(x2 - x1) / 2);
      sb.append("<path class=\"").append(e.style().cssClass()).append("\" d=\"M");
      sb.append(SvgText.num(x1)).append(' ').append(SvgText.num(y1)).append("C");
      sb.append(SvgText.num(x1 + dx)).append(' ').append(SvgText.num(y1)).append(',');
      sb.append(SvgText.num(x2 - dx)).append(' ').append(SvgText.num(y2)).append(',');
      sb.append(SvgText.num(x2)).append(' ').append(SvgText.num(y2)).append("\"/>\n");
    }
    sb.append("</g>\n");
  }

  private static void marks(StringBuilder sb, LandscapeLayout layout) {
    sb.append("<g class=\"marks\">\n");
    for (Mark m : layout.marks()) {
      if (m.href() != null) {
        sb.append("<a href=\"").append(SvgText.escape(m.href())).append("\" target=\"_blank\">");
      }
      sb.append("<g class=\"mark\" data-model=\"").append(SvgText.escape(m.model().id()));
      sb.append("\"><title>").append(SvgText.escape(m.tooltip())).append("</title>");
      String extra = (m.sized() ? "" : " unsized") + (m.focus() ? " focus" : "");
      shape(sb, m.style(), m.cx(), m.cy(), m.r(), extra);
      sb.append("<text x=\"").append(SvgText.num(m.labelBox().x()));
      sb.append("\" y=\"").append(SvgText.num(m.cy() + 4)).append('"');
      if (m.focus()) {
        sb.append(" font-weight=\"bold\"");
      }
      sb.append('>').append(SvgText.escape(m.name()));
      if (m.nameZh() != null) {
        sb.append("<tspan class=\"zh\"> ").append(SvgText.escape(m.nameZh())).append("</tspan>");
      }
      sb.append("</text></g>");
      if (m.href() != null) {
        sb.append("</a>");
      }
      sb.append('\n');
    }
    sb.append("</g>\n");
  }

  /** A mark's shape, inside the square of side 2r around its centre. */
  private static void shape(
      StringBuilder sb, MarkStyle style, double cx, double cy, double r, String extra) {
    String cls = style.cssClass() + extra;
    switch (style.shape()) {
      case CIRCLE -> {
        sb.append("<circle class=\"").append(cls).append("\" cx=\"").append(SvgText.num(cx));
        sb.append("\" cy=\"").append(SvgText.num(cy)).append("\" r=\"").append(SvgText.num(r));
        sb.append("\"/>");
      }
      case SQUARE -> {
        double half = r * 0.886; // the area of the circle of radius r
        sb.append("<rect class=\"").append(cls).append("\" x=\"").append(SvgText.num(cx - half));
        sb.append("\" y=\"").append(SvgText.num(cy - half)).append("\" width=\"");
        sb.append(SvgText.num(2 * half)).append("\" height=\"").append(SvgText.num(2 * half));
        sb.append("\"/>");
      }
      case DIAMOND -> polygon(sb, cls, cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
      case TRIANGLE -> polygon(sb, cls, cx, cy - r, cx + r, cy + 0.8 * r, cx - r, cy + 0.8 * r);
    }
  }

  private static void polygon(StringBuilder sb, String cls, double... xy) {
    sb.append("<polygon class=\"").append(cls).append("\" points=\"");
    for (int i = 0; i < xy.length; i += 2) {
      sb.append(i == 0 ? "" : " ").append(SvgText.num(xy[i])).append(',');
      sb.append(SvgText.num(xy[i + 1]));
    }
    sb.append("\"/>");
  }

  private static void text(StringBuilder sb, Label l, String cls) {
    sb.append("<text");
    if (cls != null) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append(" x=\"").append(SvgText.num(l.box().x())).append("\" y=\"");
    sb.append(SvgText.num(l.baseline())).append('"');
    if (l.size() != 11) {
      sb.append(" font-size=\"").append(SvgText.num(l.size())).append('"');
    }
    if (l.bold()) {
      sb.append(" font-weight=\"bold\"");
    }
    sb.append('>').append(SvgText.escape(l.text())).append("</text>\n");
  }
}
