package dev.llmscape.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a model takes in and gives out: {@code text, image -> text}. */
public record Modalities(List<Modality> input, List<Modality> output) {
  public Modalities {
    input = List.copyOf(input);
    output = List.copyOf(output);
  }

  /** Whether it takes or gives this modality. */
  public boolean handles(Modality m) {
    return input.contains(m) || output.contains(m);
  }

  /** Every modality it takes or gives, each once, in the enum's order. */
  public List<Modality> all() {
    List<Modality> out = new ArrayList<>();
    Set<Modality> seen = Set.copyOf(concat());
    for (Modality m : Modality.values()) {
      if (seen.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private List<Modality> concat() {
    List<Modality> all = new ArrayList<>(input);
    all.addAll(output);
    return all;
  }

  /**
   * Written out, as the record's own would be (the same hash, component by component): a record's
   * generated {@code equals} and {@code hashCode} are linked on first use through method handles
   * spun at run time, which JDK 17's class-data archive cannot hold; {@code compare} compares these
   * values and spun about two dozen classes for them.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Modalities m && input.equals(m.input) && output.equals(m.output);
  }

  @Override
  public int hashCode() {
    return input.hashCode() * 31 + output.hashCode();
  }

  /** "text, image -> text". */
  @Override
  public String toString() {
    return ids(input) + " -> " + ids(output);
  }

  public static String ids(List<Modality> list) {
    List<String> ids = new java.util.ArrayList<>(list.size());
    for (Modality m : list) {
      ids.add(m.id());
    }
    return String.join(", ", ids);
  }
}
