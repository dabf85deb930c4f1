package dev.llmscape.query;

import dev.llmscape.model.Figure;
import dev.llmscape.model.Model;
import java.util.function.Function;

/**
 * A model fact that is one number, for comparisons ({@code context:>=128k}) and sorting: the
 * context window, the output limit, the active parameters and the training figures.
 */
public enum NumericFact {
  CONTEXT("context", m -> number(m.facts().context())),
  MAX_OUTPUT("maxOutput", m -> number(m.facts().maxOutput())),
  ACTIVE("params.active", m -> m.params() == null ? null : number(m.params().active())),
  TOKENS("training.tokens", m -> figure(m.facts().tokens())),
  COMPUTE("training.computeFlop", m -> figure(m.facts().computeFlop()));

  private final String path;
  private final Function<Model, Double> value;

  NumericFact(String path, Function<Model, Double> value) {
    this.path = path;
    this.value = value;
  }

  /** The fact's path in the catalog ({@code training.tokens}). */
  public String path() {
    return path;
  }

  /** The model's value, or null when unknown. */
  public Double of(Model m) {
    return value.apply(m);
  }

  private static Double number(Long n) {
    return n == null ? null : n.doubleValue();
  }

  private static Double figure(Figure f) {
    return f == null ? null : f.value();
  }
}
