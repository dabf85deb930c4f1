package dev.llmscape.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BarChartProperties {

  @Property
  void barsFitTheirRoomAndShowEveryNonZeroCount(
      @ForAll @IntRange(min = 0, max = 10_000) int count,
      @ForAll @IntRange(min = 1, max = 10_000) int max,
      @ForAll @IntRange(min = 1, max = 300) int room,
      @ForAll boolean unicode) {
    Assume.that(count <= max);
    String bar = BarChart.bar(count, max, room, unicode);
    assertTrue(DisplayWidth.of(bar) <= room, bar);
    assertEquals(count > 0, !bar.isEmpty());
    if (count == max) {
      assertEquals(room, DisplayWidth.of(bar), "the largest count fills the room");
    }
  }

  @Property
  void longerCountsNeverDrawShorterBars(
      @ForAll @IntRange(min = 1, max = 1000) int a,
      @ForAll @IntRange(min = 1, max = 1000) int b,
      @ForAll @IntRange(min = 1, max = 100) int room) {
    int max = Math.max(a, b);
    String small = BarChart.bar(Math.min(a, b), max, room, true);
    String large = BarChart.bar(max, max, room, true);
    assertTrue(eighths(small) <= eighths(large));
  }

  private static int eighths(String bar) {
    int total = 0;
    for (char c : bar.toCharArray()) {
      total += c == '█' ? 8 : "▏▎▍▌▋▊▉".indexOf(c) + 1;
    }
    return total;
  }

  @Test
  void eighthSteps() {
    assertEquals("▏", BarChart.bar(1, 8, 1, true));
    assertEquals("▌", BarChart.bar(4, 8, 1, true));
    assertEquals("█▌", BarChart.bar(3, 4, 2, true));
    assertEquals("##", BarChart.bar(3, 4, 2, false));
  }
}
