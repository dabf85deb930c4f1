package dev.llmscape.model;

import java.util.Optional;

/** How a model derives from one of its bases: the label on a lineage edge. */
public enum Relation {
  INSTRUCTION_TUNED("instruction-tuned"),
  CHAT("chat"),
  FINE_TUNED("fine-tuned"),
  CONTINUED_PRETRAINING("continued-pretraining"),
  DISTILLED("distilled"),
  MERGED("merged"),
  QUANTIZED("quantized"),
  MULTIMODAL_EXTENSION("multimodal-extension"),
  PRODUCT_OF("product-of");

  private final String id;

  Relation(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Relation> fromId(String id) {
    for (Relation r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
