package dev.llmscape.render;

import dev.llmscape.model.Access;
import dev.llmscape.model.Model;

/**
 * How a landscape draws a model's mark: the one place that decides it, from the model's access
 * class (format 2), or from its openness where a catalog gives no access class. Weights one can
 * download are circles, greener the freer the licence; API and product-only models are squares;
 * unreleased ones diamonds; so the picture also reads in grey scale. The legend lists the styles a
 * picture uses.
 */
public enum MarkStyle {
  OPEN("open weights", Shape.CIRCLE, "#16a34a", "#166534"),
  OPEN_RESTRICTED("open weights, restricted licence", Shape.CIRCLE, "#84cc16", "#3f6212"),
  OPEN_NONCOMMERCIAL("open weights, non-commercial", Shape.CIRCLE, "#facc15", "#854d0e"),
  WEIGHTS("open weights, licence class unknown", Shape.CIRCLE, "#bbf7d0", "#166534"),
  API("API", Shape.SQUARE, "#dc2626", "#7f1d1d"),
  HOSTED("product only", Shape.SQUARE, "#fb923c", "#9a3412"),
  CLOSED("closed", Shape.SQUARE, "#fecaca", "#7f1d1d"),
  UNRELEASED("unreleased", Shape.DIAMOND, "#9ca3af", "#374151"),
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
    Access access = model.facts().access();
    if (access != null) {
      return switch (access) {
        case OPEN -> OPEN;
        case OPEN_RESTRICTED -> OPEN_RESTRICTED;
        case OPEN_NONCOMMERCIAL -> OPEN_NONCOMMERCIAL;
        case API -> API;
        case HOSTED -> HOSTED;
        case UNRELEASED -> UNRELEASED;
      };
    }
    return switch (model.openness()) {
      case OPEN -> WEIGHTS;
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
