package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The detail card of {@code show}: every field of one model, labelled and aligned, each field's
 * lines as its definition prints them ({@link ModelField#card}), in {@link ModelFields#CARD_ORDER}.
 */
public final class ModelCard {
  private static final int LABEL = 13;

  private ModelCard() {}

  public static void print(
      PrintWriter out, TerminalContext ctx, Catalog catalog, Model m, List<Model> derivatives) {
    Styles s = ctx.styles();
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
    ModelField.CardLines lines =
        new ModelField.CardLines() {
          @Override
          public void line(String label, String value, Style style) {
            ModelCard.line(out, ctx, label, value, style);
          }

          @Override
          public void heading(String text) {
            ModelCard.heading(out, ctx, text);
          }
        };
    ModelField.Of of = new ModelField.Of(catalog, m, derivatives);
    for (ModelField f : ModelFields.CARD_ORDER) {
      f.card(lines, of);
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
