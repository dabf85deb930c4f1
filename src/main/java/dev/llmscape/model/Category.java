package dev.llmscape.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of entry a catalog model is. */
public enum Category {
  FOUNDATION,
  INSTRUCTION,
  CHAT,
  CODE,
  REASONING,
  MULTIMODAL,
  FRAMEWORK;

  /** The lower-case id used in the catalog, on the command line and in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Category> fromId(String id) {
    for (Category c : values()) {
      if (c.id().equalsIgnoreCase(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
