package dev.llmscape.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a help topic ({@code llmscape help environment}), laid out for a width: paragraphs
 * and headings flush left, entries as a term on its own line with its text indented under it, as
 * man pages lay out a list of variables. Plain text: the same lines go to the terminal and into the
 * man pages.
 */
public final class TopicText {
  private static final String TERM_INDENT = "  ";
  private static final String TEXT_INDENT = "      ";

  private TopicText() {}

  /** One part of a topic. */
  public sealed interface Block permits Heading, Paragraph, Entry {}

  /** A heading: a line of its own, after a blank line. */
  public record Heading(String text) implements Block {}

  /** A paragraph, wrapped to the width, after a blank line. */
  public record Paragraph(String text) implements Block {}

  /** A term (a variable, an option, a value) and what it means, wrapped and indented under it. */
  public record Entry(String term, String text) implements Block {}

  /** The topic's lines at {@code width} columns; none is wider, unless a single word is. */
  public static List<String> lines(List<Block> blocks, int width) {
    List<String> out = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        blankLine(out);
        out.addAll(ModelCard.wrap(h.text(), width));
      } else if (block instanceof Paragraph p) {
        blankLine(out);
        out.addAll(ModelCard.wrap(p.text(), width));
      } else if (block instanceof Entry e) {
        out.add(TERM_INDENT + e.term());
        for (String line : ModelCard.wrap(e.text(), width - TEXT_INDENT.length())) {
          out.add(TEXT_INDENT + line);
        }
      }
    }
    return out;
  }

  private static void blankLine(List<String> out) {
    if (!out.isEmpty()) {
      out.add("");
    }
  }
}
