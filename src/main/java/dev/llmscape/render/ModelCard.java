package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The detail card of {@code show}: every field of one model, labelled and aligned. */
public final class ModelCard {
  private static final int LABEL = 13;

  private ModelCard() {}

  public static void print(
      PrintWriter out, TerminalContext ctx, Catalog catalog, Model m, List<Model> derivatives) {
    Styles s = ctx.styles();
    Org org = catalog.orgOf(m);
    String title = Sanitizer.clean(m.name());
    if (m.nameZh() != null) {
      title += "  " + Sanitizer.clean(m.nameZh());
    }
    if (ctx.tty()) {
      for (String part : wrap(title, ctx.width())) {
        out.println(s.apply(Style.HIGHLIGHT, part));
      }
    } else {
      out.println(title);
    }
    line(out, ctx, "id", m.id(), Style.PLAIN);
    String orgText = org.name();
    // The Chinese name only when it says something the name and family do not ("Meta" for Meta
    // AI is the same brand, and would read "Meta AI Meta (Meta family)").
    if (org.nameZh() != null
        && !org.nameZh().equalsIgnoreCase(org.name())
        && !org.nameZh().equalsIgnoreCase(org.family())) {
      orgText += " " + org.nameZh();
    }
    if (!org.family().equals(org.name())) {
      orgText += " (" + org.family() + " family)";
    }
    line(out, ctx, "org", orgText, Style.PLAIN);
    line(out, ctx, "category", m.category().id(), Style.PLAIN);
    line(
        out,
        ctx,
        "released",
        m.released() == null ? "unknown" : m.released().toString(),
        m.released() == null ? Style.UNKNOWN : Style.PLAIN);
    Table.Cell open = ModelTable.openness(m.openness());
    line(out, ctx, "open", open.text(), open.style());
    if (m.params() != null) {
      String figure = m.params().text();
      String text = figure;
      // The text is the figure as written and often names the sizes and the active count
      // already ("7B/13B/70B", "671B (37B active)"): add only what it leaves out.
      List<String> variants = m.params().variants();
      if (!variants.isEmpty() && !variants.stream().allMatch(v -> mentions(figure, v))) {
        text += " [" + String.join(", ", variants) + "]";
      }
      if (m.params().active() != null && !figure.contains("active")) {
        text += " (" + dev.llmscape.model.ParamSize.formatCount(m.params().active()) + " active)";
      }
      // An estimate is marked as such; "undisclosed" is no figure to doubt.
      if (!m.params().confirmed() && m.params().known() && !figure.contains("unconfirmed")) {
        text += " (unconfirmed)";
      }
      line(out, ctx, "params", text, m.params().known() ? Style.PLAIN : Style.UNKNOWN);
    }
    line(
        out,
        ctx,
        "license",
        m.license() == null ? "unknown" : m.license(),
        m.license() == null ? Style.UNKNOWN : Style.PLAIN);
    if (!m.aliases().isEmpty()) {
      line(out, ctx, "aliases", String.join(", ", m.aliases()), Style.PLAIN);
    }
    List<String> bases = new ArrayList<>();
    for (Lineage edge : m.bases()) {
      Model base = catalog.index().byId(edge.baseId());
      String text = base.name();
      if (edge.relation() != null) {
        text += " (" + edge.relation().id();
        text += edge.since() == null ? ")" : ", since " + edge.since() + ")";
      } else if (edge.since() != null) {
        text += " (since " + edge.since() + ")";
      }
      bases.add(text);
    }
    line(out, ctx, "based on", bases.isEmpty() ? "-" : String.join(", ", bases), Style.PLAIN);
    line(
        out,
        ctx,
        "derivatives",
        derivatives.isEmpty()
            ? "-"
            : String.join(", ", derivatives.stream().map(Model::name).toList()),
        Style.PLAIN);
    if (!m.trainedWith().isEmpty()) {
      List<String> names =
          m.trainedWith().stream().map(id -> catalog.index().byId(id).name()).toList();
      line(out, ctx, "trained with", String.join(", ", names), Style.PLAIN);
    }
    if (!m.links().isEmpty()) {
      heading(out, ctx, "links");
      for (Map.Entry<String, String> link : m.links().entrySet()) {
        line(out, ctx, "  " + link.getKey(), link.getValue(), Style.LINK);
      }
    }
    if (m.notes() != null) {
      line(out, ctx, "notes", m.notes(), Style.PLAIN);
    }
    if (!m.corrections().isEmpty()) {
      heading(out, ctx, "corrections to the seed");
      for (String c : m.corrections()) {
        line(out, ctx, "  -", c, Style.WARNING);
      }
    }
    out.flush();
  }

  private static void heading(PrintWriter out, TerminalContext ctx, String text) {
    String fitted = ctx.tty() ? DisplayWidth.truncate(text, ctx.width(), ctx.ellipsis()) : text;
    out.println(ctx.styles().bold(fitted));
  }

  /**
   * One "label value" line. On a terminal the value is word-wrapped under itself (a link is never
   * cut); piped, it stays on one line so that grep and cut see whole values.
   */
  private static void line(
      PrintWriter out, TerminalContext ctx, String label, String value, Style style) {
    Styles s = ctx.styles();
    // Labels can come from the catalog too (link kinds): cleaned, and cut to their column.
    String cleanLabel = Sanitizer.clean(label);
    if (ctx.tty()) {
      cleanLabel = DisplayWidth.truncate(cleanLabel, LABEL - 1, ctx.ellipsis());
    }
    String head = s.bold(DisplayWidth.padRight(cleanLabel, LABEL - 1)) + " ";
    String clean = Sanitizer.clean(value);
    if (!ctx.tty()) {
      out.println(head + clean);
      return;
    }
    if (style == Style.LINK) {
      // A URL cut across lines can be neither clicked nor copied: it stays whole, and a narrow
      // terminal wraps it as it wraps any long line.
      out.println(head + s.apply(style, clean));
      return;
    }
    List<String> lines = wrap(clean, ctx.width() - LABEL);
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? head : " ".repeat(LABEL)) + s.apply(style, lines.get(i)));
    }
  }

  /**
   * Greedy word wrap by display width; a word longer than the width is cut into pieces that fit
   * (never splitting a wide character), so no line is wider than {@code width}.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int used = 0;
    for (String word : words(text, width)) {
      int w = DisplayWidth.of(word);
      if (used > 0 && used + 1 + w > width) {
        lines.add(current.toString());
        current.setLength(0);
        used = 0;
      }
      if (used > 0) {
        current.append(' ');
        used++;
      }
      current.append(word);
      used += w;
    }
    lines.add(current.toString());
    return lines;
  }

  /**
   * The text's space-separated words, those wider than {@code width} cut into pieces, in one pass
   * over each word (measuring the rest of a long word again after every cut made wrapping a
   * 1,000,000-character name take most of a minute).
   */
  private static List<String> words(String text, int width) {
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ", -1)) {
      int start = 0;
      int used = 0;
      for (int end = 0; end < word.length(); ) {
        int cp = word.codePointAt(end);
        int w = DisplayWidth.of(cp);
        if (used + w > width && end > start) {
          words.add(word.substring(start, end));
          start = end;
          used = 0;
        }
        used += w;
        end += Character.charCount(cp);
      }
      if (start == 0 || start < word.length()) {
        words.add(word.substring(start));
      }
    }
    return words;
  }

  /**
   * Whether a size appears in the text as a whole figure: "7B" in "7B/13B", not in "70B" or "1.7B".
   */
  static boolean mentions(String text, String size) {
    for (int at = text.indexOf(size); at >= 0; at = text.indexOf(size, at + 1)) {
      int end = at + size.length();
      boolean startsClean = at == 0 || !partOfFigure(text.charAt(at - 1));
      boolean endsClean = end == text.length() || !partOfFigure(text.charAt(end));
      if (startsClean && endsClean) {
        return true;
      }
    }
    return false;
  }

  private static boolean partOfFigure(char c) {
    return Character.isLetterOrDigit(c) || c == '.';
  }
}
