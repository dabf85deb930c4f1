package dev.llmscape.model;

/**
 * Whether a model's weights can be downloaded (for frameworks: whether the source is published).
 */
public enum Openness {
  OPEN,
  CLOSED,
  UNKNOWN;

  /** Maps the catalog's {@code true}/{@code false}/{@code null}. */
  public static Openness of(Boolean open) {
    return open == null ? UNKNOWN : open ? OPEN : CLOSED;
  }

  /** The catalog and JSON form: true, false or null. */
  public Boolean asBoolean() {
    return switch (this) {
      case OPEN -> Boolean.TRUE;
      case CLOSED -> Boolean.FALSE;
      case UNKNOWN -> null;
    };
  }

  /** The word users type and read: yes, no, unknown. */
  public String word() {
    return switch (this) {
      case OPEN -> "yes";
      case CLOSED -> "no";
      case UNKNOWN -> "unknown";
    };
  }
}
