package dev.llmscape.model;

import java.util.Locale;
import java.util.Optional;

/** A model's architecture as its developer documents it (catalog format 2). */
public enum Architecture {
  /** A dense transformer. */
  DENSE,
  /** A mixture of experts: {@code params.active} says how many parameters run per token. */
  MOE,
  /** State-space layers only (Mamba). */
  SSM,
  /** Attention mixed with state-space or linear-attention layers, not a mixture of experts. */
  HYBRID,
  /** A closed model whose developer says nothing about it. */
  UNDISCLOSED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Architecture> fromId(String id) {
    for (Architecture a : values()) {
      if (a.id().equalsIgnoreCase(id)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
