package dev.llmscape.model;

import java.util.Optional;

/**
 * How a model can be used (catalog format 2, Epoch AI's access classes): whether its weights can be
 * downloaded and under what terms, or only through an API, a product, or not at all. The legacy
 * {@code open} flag is derived from it ({@link #openness()}).
 */
public enum Access {
  /** Weights downloadable under a permissive licence; commercial use allowed. */
  OPEN("open", true),
  /** Weights downloadable under a licence with use restrictions or conditions (Llama licences). */
  OPEN_RESTRICTED("open-restricted", true),
  /** Weights for research or other non-commercial use only. */
  OPEN_NONCOMMERCIAL("open-noncommercial", false),
  /** Usable through a public API; weights not released. */
  API("api", true),
  /** Only a product or chat app, no API. */
  HOSTED("hosted", false),
  /** Never generally usable outside the lab (in-house, or invited partners only). */
  UNRELEASED("unreleased", false);

  private final String id;
  private final boolean commercial;

  Access(String id, boolean commercial) {
    this.id = id;
    this.commercial = commercial;
  }

  /** The catalog, command-line and JSON spelling. */
  public String id() {
    return id;
  }

  /** Weights downloadable: the legacy {@code open} flag. */
  public Openness openness() {
    return weights() ? Openness.OPEN : Openness.CLOSED;
  }

  /** Whether the weights can be downloaded (under any terms). */
  public boolean weights() {
    return this == OPEN || this == OPEN_RESTRICTED || this == OPEN_NONCOMMERCIAL;
  }

  /**
   * Whether the class allows commercial use at all: open, open-restricted (on its licence's
   * conditions) and api.
   */
  public boolean commercial() {
    return commercial;
  }

  public static Optional<Access> fromId(String id) {
    for (Access a : values()) {
      if (a.id.equalsIgnoreCase(id)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
