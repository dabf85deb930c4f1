package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.DerivationPath;
import dev.llmscape.query.LineageNode;
import dev.llmscape.query.LineageTree;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Draws lineage as a tree, as {@code cargo tree} does: the model first, then its bases ("based on")
 * and its derivatives, one per line with org, date, size and openness, the relation on each edge. A
 * subtree met again is printed once and marked {@code (*)}. On a terminal lines are cut to the
 * width and a legend explains the marks; piped, lines are whole and plain.
 */
public final class LineageTreePrinter {
  private final PrintWriter out;
  private final TerminalContext ctx;
  private final TreeCharset cs;
  private final Catalog catalog;
  private final Styles styles;
  private final Set<String> highlighted;
  private final Set<LineageNode.Mark> marksShown = EnumSet.noneOf(LineageNode.Mark.class);

  private LineageTreePrinter(
      PrintWriter out,
      TerminalContext ctx,
      TreeCharset cs,
      Catalog catalog,
      Set<String> highlighted) {
    this.out = out;
    this.ctx = ctx;
    this.cs = cs;
    this.catalog = catalog;
    this.styles = ctx.styles();
    this.highlighted = highlighted;
  }

  /** Prints a model's lineage: both directions under labels, or the one walked. */
  public static void print(
      PrintWriter out, TerminalContext ctx, TreeCharset cs, Catalog catalog, LineageTree tree) {
    LineageTreePrinter p = new LineageTreePrinter(out, ctx, cs, catalog, Set.of(tree.focus().id()));
    LineageNode root = tree.up() != null ? tree.up() : tree.down();
    p.line("", tree.focus(), null, tree.rootMark());
    if (tree.up() != null && tree.down() != null) {
      List<Group> groups = new ArrayList<>();
      if (!tree.up().children().isEmpty()) {
        groups.add(new Group("based on", tree.up().children()));
      }
      if (!tree.down().children().isEmpty()) {
        groups.add(new Group("derivatives", tree.down().children()));
      }
      for (int i = 0; i < groups.size(); i++) {
        boolean last = i == groups.size() - 1;
        p.emit(
            List.of(
                seg(last ? cs.last : cs.branch, Style.PLAIN), seg(groups.get(i).label, Style.DIM)));
        p.children(last ? cs.blank : cs.through, groups.get(i).nodes);
      }
    } else {
      p.children("", root.children());
    }
    p.legend();
    out.flush();
  }

  /** Prints a derivation path under a line saying how the two models are related. */
  public static void printPath(
      PrintWriter out, TerminalContext ctx, TreeCharset cs, Catalog catalog, DerivationPath path) {
    LineageTreePrinter p =
        new LineageTreePrinter(
            out, ctx, cs, catalog, Set.copyOf(List.of(path.from().id(), path.to().id())));
    String from = LineageText.name(path.from());
    String to = LineageText.name(path.to());
    int n = path.steps();
    String steps = n + (n == 1 ? " step" : " steps");
    String header =
        switch (path.kind()) {
          case SAME -> from + " is " + to;
          case FROM_DERIVES_FROM_TO -> from + " derives from " + to + " in " + steps + ":";
          case TO_DERIVES_FROM_FROM -> to + " derives from " + from + " in " + steps + ":";
          case COMMON_ANCESTOR ->
              from + " and " + to + " both derive from " + LineageText.name(path.top()) + ":";
        };
    p.emit(List.of(seg(header, Style.BOLD)));
    p.line("", path.top(), null, LineageNode.Mark.NONE);
    p.children("", path.tree().children());
    out.flush();
  }

  /** The line for two models with no ancestor in common. */
  public static void printUnrelated(PrintWriter out, Model from, Model to) {
    out.println(
        LineageText.name(from)
            + " and "
            + LineageText.name(to)
            + " share no lineage in the catalog");
    out.flush();
  }

  /** One warning per lineage cycle, for stderr. */
  public static List<String> cycleWarnings(List<List<Model>> cycles) {
    List<String> out = new ArrayList<>();
    for (List<Model> cycle : cycles) {
      out.add(
          "lineage cycle in the catalog: "
              + String.join(" -> ", cycle.stream().map(LineageText::name).toList())
              + " (each is based on the next; shown once, marked (cycle))");
    }
    return out;
  }

  private record Group(String label, List<LineageNode> nodes) {}

  private record Seg(String text, Style style) {}

  private static Seg seg(String text, Style style) {
    return new Seg(text, style);
  }

  private void children(String prefix, List<LineageNode> nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      boolean last = i == nodes.size() - 1;
      LineageNode node = nodes.get(i);
      line(prefix + (last ? cs.last : cs.branch), node.model(), node, node.mark());
      children(prefix + (last ? cs.blank : cs.through), node.children());
    }
  }

  private void line(String prefix, Model m, LineageNode node, LineageNode.Mark mark) {
    List<Seg> segs = new ArrayList<>();
    if (!prefix.isEmpty()) {
      segs.add(seg(prefix, Style.PLAIN));
    }
    // On a terminal, as in list's table, the Chinese name follows; piped, lines stay greppable.
    String name = LineageText.name(m);
    if (ctx.tty() && m.nameZh() != null) {
      name += " " + Sanitizer.clean(m.nameZh());
    }
    String relation = node == null ? "" : LineageText.relation(node.edge());
    String org = LineageText.org(catalog, m);
    List<Seg> facts = new ArrayList<>();
    facts.add(seg(cs.separator, Style.PLAIN));
    facts.add(seg(LineageText.date(m), m.released() == null ? Style.UNKNOWN : Style.PLAIN));
    facts.add(seg(cs.separator, Style.PLAIN));
    facts.add(seg(LineageText.size(m), LineageText.sizeStyle(m)));
    facts.add(seg(cs.separator, Style.PLAIN));
    facts.add(seg(LineageText.openness(m), LineageText.opennessStyle(m.openness())));
    Seg tail =
        switch (mark) {
          case REPEATED -> seg(" (*)", Style.DIM);
          case CYCLE -> seg(" (cycle)", Style.WARNING);
          case DEPTH_LIMIT -> seg(" " + cs.more, Style.DIM);
          case NONE -> seg("", Style.PLAIN);
        };
    if (mark != LineageNode.Mark.NONE) {
      marksShown.add(mark);
    }
    if (ctx.tty()) {
      // Too wide: the org's name gives way first, then the relation, then the model's name, so
      // that the facts (date, size, openness) stay whole; emit cuts whatever still does not fit.
      int over =
          DisplayWidth.of(prefix + name + (relation.isEmpty() ? "" : " ()") + relation + "  " + org)
              - ctx.width();
      over += DisplayWidth.of(tail.text());
      for (Seg f : facts) {
        over += DisplayWidth.of(f.text());
      }
      String before = org;
      org = shorten(org, over, MIN_ORG);
      over -= DisplayWidth.of(before) - DisplayWidth.of(org);
      before = relation;
      relation = shorten(relation, over, MIN_RELATION);
      over -= DisplayWidth.of(before) - DisplayWidth.of(relation);
      name = shorten(name, over, MIN_NAME);
    }
    segs.add(seg(name, highlighted.contains(m.id()) ? Style.HIGHLIGHT : Style.BOLD));
    if (!relation.isEmpty()) {
      segs.add(seg(" (" + relation + ")", Style.ACCENT));
    }
    segs.add(seg("  " + org, Style.PLAIN));
    segs.addAll(facts);
    emit(segs, tail);
  }

  /** The fewest columns a shortened org, relation and name keep, ellipsis included. */
  private static final int MIN_ORG = 4;

  private static final int MIN_RELATION = 1;
  private static final int MIN_NAME = 8;

  /** {@code text} made up to {@code by} columns narrower, down to {@code min}, with an ellipsis. */
  private String shorten(String text, int by, int min) {
    int width = DisplayWidth.of(text);
    if (by <= 0 || width <= min) {
      return text;
    }
    String ellipsis = cs == TreeCharset.ASCII ? "~" : ctx.ellipsis();
    return DisplayWidth.truncate(text, Math.max(min, width - by), ellipsis);
  }

  /** Explains the marks used, where a person reads the tree. */
  private void legend() {
    if (!ctx.tty() || marksShown.isEmpty()) {
      return;
    }
    out.println();
    if (marksShown.contains(LineageNode.Mark.REPEATED)) {
      out.println(styles.dim("(*) shown above; its subtree is not repeated"));
    }
    if (marksShown.contains(LineageNode.Mark.CYCLE)) {
      out.println(styles.apply(Style.WARNING, "(cycle) already on this branch: a lineage cycle"));
    }
    if (marksShown.contains(LineageNode.Mark.DEPTH_LIMIT)) {
      out.println(styles.dim(cs.more + " more beyond --depth"));
    }
  }

  /** Prints one line. */
  private void emit(List<Seg> segs) {
    emit(segs, seg("", Style.PLAIN));
  }

  /**
   * Prints one line: on a terminal cut to the width with an ellipsis, never wrapped, but always
   * keeping the {@code tail} (a mark such as {@code (*)}).
   */
  private void emit(List<Seg> segs, Seg tail) {
    int width = DisplayWidth.of(tail.text());
    for (Seg s : segs) {
      width += DisplayWidth.of(s.text());
    }
    StringBuilder sb = new StringBuilder();
    if (!ctx.tty() || width <= ctx.width()) {
      for (Seg s : segs) {
        sb.append(styles.apply(s.style(), s.text()));
      }
    } else {
      String ellipsis = cs == TreeCharset.ASCII ? "~" : ctx.ellipsis();
      int room = ctx.width() - DisplayWidth.of(ellipsis) - DisplayWidth.of(tail.text());
      for (Seg s : segs) {
        int w = DisplayWidth.of(s.text());
        if (w > room) {
          sb.append(
              styles.apply(s.style(), DisplayWidth.truncate(s.text(), Math.max(0, room), "")));
          sb.append(ellipsis);
          break;
        }
        sb.append(styles.apply(s.style(), s.text()));
        room -= w;
      }
    }
    sb.append(styles.apply(tail.style(), tail.text()));
    out.println(sb);
  }
}
