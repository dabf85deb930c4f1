package dev.llmscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (to keep them off the
 * method handles a record's own are linked through) agree with the records' own: the same hash as a
 * record of the same components, so hash maps iterate as before, and equality component by
 * component.
 */
class WrittenOutEqualityProperties {
  private record Date(int year, int month, int day) {}

  private record Fig(double value, boolean estimate) {}

  private record Train(Fig tokens, Fig computeFlop) {}

  private record Mods(List<Modality> input, List<Modality> output) {}

  @Property
  void releaseDates(
      @ForAll @IntRange(min = 1900, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 12) int month,
      @ForAll @IntRange(min = 0, max = 28) int day,
      @ForAll @IntRange(min = 0, max = 28) int otherDay) {
    int d = month == 0 ? 0 : day;
    int e = month == 0 ? 0 : otherDay;
    ReleaseDate a = new ReleaseDate(year, month, d);
    assertEquals(new Date(year, month, d).hashCode(), a.hashCode());
    assertEquals(d == e, a.equals(new ReleaseDate(year, month, e)));
    assertEquals(false, a.equals(new Date(year, month, d)));
  }

  @Property
  void figuresAndTraining(
      @ForAll @DoubleRange(min = 1, max = 1e30) double value,
      @ForAll boolean estimate,
      @ForAll boolean flop,
      @ForAll boolean other) {
    Figure f = new Figure(value, estimate);
    assertEquals(new Fig(value, estimate).hashCode(), f.hashCode());
    assertEquals(f, new Figure(value, estimate));
    assertEquals(estimate == other, f.equals(new Figure(value, other)));
    Training t = new Training(f, flop ? f : null);
    assertEquals(
        new Train(new Fig(value, estimate), flop ? new Fig(value, estimate) : null).hashCode(),
        t.hashCode());
    assertEquals(t, new Training(new Figure(value, estimate), flop ? f : null));
    assertEquals(flop == other, t.equals(new Training(f, other ? f : null)));
  }

  @Property
  void modalities(@ForAll List<Modality> input, @ForAll List<Modality> output) {
    Modalities m = new Modalities(input, output);
    assertEquals(new Mods(List.copyOf(input), List.copyOf(output)).hashCode(), m.hashCode());
    assertEquals(m, new Modalities(input, output));
    assertEquals(input.equals(output), m.equals(new Modalities(output, output)));
  }
}
