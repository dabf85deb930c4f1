package dev.llmscape.render;

import dev.llmscape.model.ParamSize;
import dev.llmscape.render.LandscapeLayout.Box;
import dev.llmscape.render.LandscapeLayout.Label;
import dev.llmscape.render.LandscapeLayout.LegendItem;
import dev.llmscape.render.LandscapeLayout.LegendItem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The landscape's legend: the mark styles and edge styles the picture uses and the mark sizes, each
 * a sample with its words, flowed into lines no wider than the picture.
 */
final class LandscapeLegend {
  private static final double LINE = 22;
  private static final double SIZE = 11;

  private LandscapeLegend() {}

  /** The entries, laid out from {@code (PAD, top)} in lines ending before {@code right}. */
  static List<LegendItem> flow(
      double top, double right, Set<MarkStyle> marks, Set<EdgeStyle> edges) {
    List<LegendItem> items = new ArrayList<>();
    items.add(entry(Kind.HEADING, null, "Marks:"));
    for (MarkStyle s : marks) {
      items.add(entry(Kind.MARK, s, s.label()));
    }
    items.add(entry(Kind.HEADING, null, "Parameters (log scale):"));
    for (long p :
        new long[] {1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L}) {
      items.add(entry(Kind.SIZE, LandscapeLayout.radiusOf(p), ParamSize.formatCount(p)));
    }
    items.add(entry(Kind.SIZE, 4.0, "unknown (pale)"));
    if (!edges.isEmpty()) {
      items.add(entry(Kind.HEADING, null, "Built on:"));
      for (EdgeStyle s : edges) {
        items.add(entry(Kind.EDGE, s, s.label()));
      }
    }
    List<LegendItem> out = new ArrayList<>();
    double left = LandscapeLayout.PAD;
    double x = left;
    double lineTop = top;
    for (LegendItem item : items) {
      double half = sampleHalfWidth(item);
      double sample = half == 0 ? 0 : 2 * half + 5;
      double w = sample + item.label().box().w();
      if (item.kind() == Kind.HEADING && x > left) {
        x += 10; // a gap before each group
      }
      if (x > left && x + w > right) {
        x = left;
        lineTop += LINE;
      }
      double sampleY = lineTop + LINE / 2;
      Label label =
          LandscapeLayout.text(
              item.label().text(), x + sample, sampleY - 7.5, SIZE, item.kind() == Kind.HEADING);
      out.add(new LegendItem(item.kind(), item.what(), x + half, sampleY, label));
      x += w + 12;
    }
    return out;
  }

  /** Where the legend ends: the bottom of its last line. */
  static double bottom(List<LegendItem> items, double top) {
    double bottom = top;
    for (LegendItem item : items) {
      bottom = Math.max(bottom, item.sampleY() + LINE / 2);
    }
    return bottom;
  }

  /** An entry's box: its sample and its words. */
  static Box box(LegendItem item) {
    Box text = item.label().box();
    if (item.kind() == Kind.HEADING) {
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

  private static LegendItem entry(Kind kind, Object what, String words) {
    boolean bold = kind == Kind.HEADING;
    return new LegendItem(kind, what, 0, 0, LandscapeLayout.text(words, 0, 0, SIZE, bold));
  }
}
