package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.ParamSize;
import java.util.ArrayList;
import java.util.List;

/** The words every lineage rendering shows for a node and an edge, sanitised. */
final class LineageText {
  private LineageText() {}

  static String name(Model m) {
    return Sanitizer.clean(m.name());
  }

  static String org(Catalog catalog, Model m) {
    return Sanitizer.clean(catalog.orgOf(m).name());
  }

  /** The release date; for a model never released, the day it was announced, saying so. */
  static String date(Model m) {
    if (m.released() != null) {
      return m.released().toString();
    }
    return m.facts().announced() == null ? "date unknown" : "announced " + m.facts().announced();
  }

  /** The size as published; a leading {@code ~} marks a figure that is not confirmed. */
  static String size(Model m) {
    ParamSize p = m.params();
    if (p == null) {
      return "size unknown";
    }
    if (!p.known()) {
      return Sanitizer.clean(p.text());
    }
    return (p.confirmed() ? "" : "~") + Sanitizer.clean(p.text());
  }

  static String openness(Model m) {
    return switch (m.openness()) {
      case OPEN -> "open";
      case CLOSED -> "closed";
      case UNKNOWN -> "openness unknown";
    };
  }

  static Style opennessStyle(Openness openness) {
    return ModelTable.openness(openness).style();
  }

  static Style sizeStyle(Model m) {
    ParamSize p = m.params();
    return p == null || !p.known() ? Style.UNKNOWN : p.confirmed() ? Style.PLAIN : Style.DIM;
  }

  /**
   * "chat", "product-of, since 2023-05", "since 2023-05", "chat, unconfirmed" (an edge the sources
   * only suggest, so it is never drawn as fact), or "" for an untyped confirmed edge.
   */
  static String relation(Lineage edge) {
    if (edge == null) {
      return "";
    }
    List<String> parts = new ArrayList<>(3);
    if (edge.relation() != null) {
      parts.add(edge.relation().id());
    }
    if (edge.since() != null) {
      parts.add("since " + edge.since());
    }
    if (!edge.confirmed()) {
      parts.add("unconfirmed");
    }
    return String.join(", ", parts);
  }
}
