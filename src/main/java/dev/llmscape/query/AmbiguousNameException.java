package dev.llmscape.query;

import dev.llmscape.model.Model;
import java.util.List;

/** A name shared by several models (as an alias, say); carries the candidates. */
public class AmbiguousNameException extends RuntimeException {
  private final List<Model> candidates;

  public AmbiguousNameException(String name, List<Model> candidates) {
    super("'" + name + "' names " + candidates.size() + " models");
    this.candidates = List.copyOf(candidates);
  }

  public List<Model> candidates() {
    return candidates;
  }
}
