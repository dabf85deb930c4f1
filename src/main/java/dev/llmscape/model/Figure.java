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

  /**
   * Written out, as the record's own would be (the same hash, component by component): a record's
   * generated {@code equals} and {@code hashCode} are linked on first use through method handles
   * spun at run time, which JDK 17's class-data archive cannot hold; {@code compare} compares these
   * values and spun about two dozen classes for them.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Figure f && Double.compare(value, f.value) == 0 && estimate == f.estimate;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value) * 31 + Boolean.hashCode(estimate);
  }
}
