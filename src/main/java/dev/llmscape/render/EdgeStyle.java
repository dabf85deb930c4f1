package dev.llmscape.render;

import dev.llmscape.model.Lineage;
import dev.llmscape.model.Relation;
import java.util.Locale;

/**
 * How a landscape draws a lineage edge, by its relation: a colour and a dash pattern each, so the
 * kinds stay apart where colours are hard to tell.
 */
public enum EdgeStyle {
  INSTRUCTION_TUNED("instruction-tuned", "#2563eb", "", 1.3),
  CHAT("chat", "#7c3aed", "", 1.3),
  FINE_TUNED("fine-tuned", "#0891b2", "", 1.3),
  CONTINUED_PRETRAINING("continued pre-training", "#334155", "", 1.8),
  DISTILLED("distilled", "#ea580c", "6 3", 1.3),
  MERGED("merged", "#a21caf", "2 2", 1.4),
  QUANTIZED("quantized", "#64748b", "1 3", 1.4),
  MULTIMODAL_EXTENSION("multimodal extension", "#db2777", "8 3 2 3", 1.3),
  PRODUCT_OF("product of", "#a16207", "4 2", 1.3),
  UNSPECIFIED("built on", "#94a3b8", "", 1.0);

  private final String label;
  private final String color;
  private final String dash;
  private final double width;

  EdgeStyle(String label, String color, String dash, double width) {
    this.label = label;
    this.color = color;
    this.dash = dash;
    this.width = width;
  }

  /** The style of an edge; an edge whose relation the sources do not give is "built on". */
  public static EdgeStyle of(Lineage edge) {
    Relation r = edge == null ? null : edge.relation();
    if (r == null) {
      return UNSPECIFIED;
    }
    return switch (r) {
      case INSTRUCTION_TUNED -> INSTRUCTION_TUNED;
      case CHAT -> CHAT;
      case FINE_TUNED -> FINE_TUNED;
      case CONTINUED_PRETRAINING -> CONTINUED_PRETRAINING;
      case DISTILLED -> DISTILLED;
      case MERGED -> MERGED;
      case QUANTIZED -> QUANTIZED;
      case MULTIMODAL_EXTENSION -> MULTIMODAL_EXTENSION;
      case PRODUCT_OF -> PRODUCT_OF;
    };
  }

  public String label() {
    return label;
  }

  public String color() {
    return color;
  }

  /** An SVG stroke-dasharray, empty for a solid line. */
  public String dash() {
    return dash;
  }

  public double width() {
    return width;
  }

  public String cssClass() {
    return "e-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
