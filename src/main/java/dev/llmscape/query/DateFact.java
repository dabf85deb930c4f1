package dev.llmscape.query;

import dev.llmscape.model.Model;
import dev.llmscape.model.ReleaseDate;
import java.util.function.Function;

/** A model date other than the release, for {@code announced:} and {@code cutoff:}. */
public enum DateFact {
  ANNOUNCED("announced", m -> m.facts().announced()),
  CUTOFF("knowledgeCutoff", m -> m.facts().knowledgeCutoff());

  private final String path;
  private final Function<Model, ReleaseDate> value;

  DateFact(String path, Function<Model, ReleaseDate> value) {
    this.path = path;
    this.value = value;
  }

  public String path() {
    return path;
  }

  /** The model's date, or null when unknown. */
  public ReleaseDate of(Model m) {
    return value.apply(m);
  }
}
