package dev.llmscape.model;

import java.util.Locale;
import java.util.Optional;

/** A kind of input or output a model handles; catalogs list them in this order. */
public enum Modality {
  TEXT,
  IMAGE,
  AUDIO,
  VIDEO,
  PDF;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Modality> fromId(String id) {
    for (Modality m : values()) {
      if (m.id().equalsIgnoreCase(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
