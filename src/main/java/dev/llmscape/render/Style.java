package dev.llmscape.render;

/** What a piece of text means; {@link Styles} decides how that looks. */
public enum Style {
  PLAIN,
  HEADER,
  /** Weights can be downloaded. */
  OPEN,
  /** Weights cannot be downloaded. */
  CLOSED,
  /** A value the catalog does not know. */
  UNKNOWN,
  DIM,
  BOLD,
  /** The thing the user asked about, or a value that differs. */
  HIGHLIGHT,
  ACCENT,
  LINK,
  ERROR,
  WARNING
}
