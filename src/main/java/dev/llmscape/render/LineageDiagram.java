package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.query.Subgraph;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lineage as a picture: a Graphviz digraph or a Mermaid flowchart (which GitHub renders), base
 * above derived, each node labelled with name, org, date, size and openness and filled by openness,
 * the queried models outlined thick, each edge labelled with its relation.
 */
public final class LineageDiagram {
  private LineageDiagram() {}

  /** Fill and outline colours by openness: green open, red closed, grey (dashed) unknown. */
  private static String fill(Openness o) {
    return switch (o) {
      case OPEN -> "#dcfce7";
      case CLOSED -> "#fee2e2";
      case UNKNOWN -> "#f3f4f6";
    };
  }

  private static String stroke(Openness o) {
    return switch (o) {
      case OPEN -> "#15803d";
      case CLOSED -> "#b91c1c";
      case UNKNOWN -> "#6b7280";
    };
  }

  private static List<String> labelLines(Catalog catalog, Model m) {
    String name = LineageText.name(m);
    if (m.nameZh() != null) {
      name += " " + Sanitizer.clean(m.nameZh());
    }
    return List.of(
        name,
        LineageText.org(catalog, m) + " · " + LineageText.date(m),
        LineageText.size(m) + " · " + LineageText.openness(m));
  }

  /** A Graphviz digraph ({@code dot -Tsvg}). */
  public static void dot(
      PrintWriter out, Catalog catalog, Subgraph graph, Set<String> highlighted) {
    out.println("digraph lineage {");
    out.println("  graph [rankdir=TB, fontname=\"Helvetica\"];");
    out.println(
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];");
    out.println("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#4b5563\"];");
    for (Model m : graph.models()) {
      List<String> lines = new ArrayList<>();
      for (String line : labelLines(catalog, m)) {
        lines.add(dotEscape(line));
      }
      StringBuilder attrs = new StringBuilder();
      attrs.append("label=\"").append(String.join("\\n", lines)).append('"');
      attrs.append(", fillcolor=\"").append(fill(m.openness())).append('"');
      attrs.append(", color=\"").append(stroke(m.openness())).append('"');
      if (m.openness() == Openness.UNKNOWN) {
        attrs.append(", style=\"rounded,filled,dashed\"");
      }
      if (highlighted.contains(m.id())) {
        attrs.append(", penwidth=3, fontname=\"Helvetica-Bold\"");
      }
      out.println("  " + dotId(m) + " [" + attrs + "];");
    }
    for (Subgraph.Edge e : graph.edges()) {
      String label = LineageText.relation(e.lineage());
      out.println(
          "  "
              + dotId(e.base())
              + " -> "
              + dotId(e.derived())
              + (label.isEmpty() ? "" : " [label=\"" + dotEscape(label) + "\"]")
              + ";");
    }
    out.println("}");
    out.flush();
  }

  private static String dotId(Model m) {
    return "\"" + dotEscape(m.id()) + "\"";
  }

  /** Inside a DOT string only the quote and the backslash are special. */
  static String dotEscape(String text) {
    return Sanitizer.clean(text).replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** A Mermaid flowchart, for a Markdown code block. */
  public static void mermaid(
      PrintWriter out, Catalog catalog, Subgraph graph, Set<String> highlighted) {
    out.println("flowchart TD");
    for (Model m : graph.models()) {
      List<String> lines = new ArrayList<>();
      for (String line : labelLines(catalog, m)) {
        lines.add(mermaidEscape(line));
      }
      out.println("  " + mermaidId(m) + "[\"" + String.join("<br/>", lines) + "\"]");
    }
    for (Subgraph.Edge e : graph.edges()) {
      String label = LineageText.relation(e.lineage());
      out.println(
          "  "
              + mermaidId(e.base())
              + (label.isEmpty() ? " --> " : " -->|\"" + mermaidEscape(label) + "\"| ")
              + mermaidId(e.derived()));
    }
    for (Openness o : Openness.values()) {
      String cls = o.name().toLowerCase(java.util.Locale.ROOT);
      out.println(
          "  classDef "
              + cls
              + " fill:"
              + fill(o)
              + ",stroke:"
              + stroke(o)
              + ",color:#111827"
              + (o == Openness.UNKNOWN ? ",stroke-dasharray:4 3" : ""));
      List<String> ids =
          graph.models().stream()
              .filter(m -> m.openness() == o)
              .map(LineageDiagram::mermaidId)
              .toList();
      if (!ids.isEmpty()) {
        out.println("  class " + String.join(",", ids) + " " + cls);
      }
    }
    List<String> focus =
        graph.models().stream()
            .filter(m -> highlighted.contains(m.id()))
            .map(LineageDiagram::mermaidId)
            .toList();
    if (!focus.isEmpty()) {
      out.println("  classDef focus stroke-width:4px");
      out.println("  class " + String.join(",", focus) + " focus");
    }
    out.flush();
  }

  /**
   * Catalog ids are slugs; a prefix and underscores keep them clear of Mermaid's keywords ({@code
   * end}) and edge syntax ({@code o--}, {@code x--}).
   */
  private static String mermaidId(Model m) {
    return "m_" + m.id().replaceAll("[^A-Za-z0-9]", "_");
  }

  /**
   * Mermaid's entity codes for the characters that would end or mark up a quoted label, and for
   * {@code %}: Mermaid reads {@code %%{init: ...}%%} as a directive wherever it stands.
   */
  static String mermaidEscape(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : Sanitizer.clean(text).toCharArray()) {
      switch (c) {
        case '"', '#', '<', '>', '&', '|', '`', '%' -> sb.append('#').append((int) c).append(';');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
