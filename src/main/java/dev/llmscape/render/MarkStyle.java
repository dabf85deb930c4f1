package dev.llmscape.render;

import dev.llmscape.model.Model;

/**
 * How a landscape draws a model's mark: the one place that decides it, from the model's openness.
 * Open and closed differ in colour and in shape, so the picture reads in grey scale too.
 *
 * <p>When the catalog tells access classes apart (open, open-restricted, open-noncommercial, api,
 * hosted, unreleased), give each its constant here and map it in {@link #of}: the legend, the marks
 * and the page follow.
 */
public enum MarkStyle {
  OPEN("open weights", Shape.CIRCLE, "#16a34a", "#166534"),
  CLOSED("closed", Shape.SQUARE, "#dc2626", "#7f1d1d"),
  UNKNOWN("openness unknown", Shape.TRIANGLE, "#d1d5db", "#4b5563");

  /** The outline of a mark. */
  public enum Shape {
    CIRCLE,
    SQUARE,
    DIAMOND,
    TRIANGLE
  }

  private final String label;
  private final Shape shape;
  private final String fill;
  private final String stroke;

  MarkStyle(String label, Shape shape, String fill, String stroke) {
    this.label = label;
    this.shape = shape;
    this.fill = fill;
    this.stroke = stroke;
  }

  /** The style of a model's mark. */
  public static MarkStyle of(Model model) {
    return switch (model.openness()) {
      case OPEN -> OPEN;
      case CLOSED -> CLOSED;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** The legend's words for it. */
  public String label() {
    return label;
  }

  public Shape shape() {
    return shape;
  }

  public String fill() {
    return fill;
  }

  public String stroke() {
    return stroke;
  }

  /** The CSS class of its marks. */
  public String cssClass() {
    return "m-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
