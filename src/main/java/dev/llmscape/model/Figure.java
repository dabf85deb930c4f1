package dev.llmscape.model;

/**
 * A training figure (tokens, FLOP) with whether it is the developer's own or someone's estimate
 * (Epoch AI's, say).
 */
public record Figure(double value, boolean estimate) {
  public Figure {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a training figure must be a positive number");
    }
  }
}
