package dev.llmscape.model;

/**
 * What training took, where published.
 *
 * @param tokens pre-training tokens, or null
 * @param computeFlop training compute in FLOP, or null
 */
public record Training(Figure tokens, Figure computeFlop) {
  /**
   * Written out, as the record's own would be (the same hash, component by component): a record's
   * generated {@code equals} and {@code hashCode} are linked on first use through method handles
   * spun at run time, which JDK 17's class-data archive cannot hold; {@code compare} compares these
   * values and spun about two dozen classes for them.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Training t
        && java.util.Objects.equals(tokens, t.tokens)
        && java.util.Objects.equals(computeFlop, t.computeFlop);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(tokens) * 31 + java.util.Objects.hashCode(computeFlop);
  }
}
