package dev.llmscape.query;

import java.util.Locale;

/** What {@code stats} counts models by. */
public enum Breakdown {
  FAMILY("family"),
  ORG("org"),
  YEAR("year"),
  OPEN("open weights"),
  CATEGORY("category"),
  SIZE("largest size"),
  ACCESS("access"),
  ARCH("architecture"),
  MODALITY("modality");

  private final String label;

  Breakdown(String label) {
    this.label = label;
  }

  /** The lower-case id used on the command line and in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How a chart's title names it: "models by largest size". */
  public String label() {
    return label;
  }
}
