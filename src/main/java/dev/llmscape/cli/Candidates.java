package dev.llmscape.cli;

import dev.llmscape.model.Category;
import dev.llmscape.query.Breakdown;
import dev.llmscape.query.SortKey;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** Lower-case option values for help text and shell completion. */
final class Candidates {
  private Candidates() {}

  static Iterator<String> lower(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
  }

  static final class Sorts implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lower(SortKey.values());
    }
  }

  static final class Categories implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Category.values()).map(Category::id).iterator();
    }
  }

  static final class Breakdowns implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lower(Breakdown.values());
    }
  }

  static final class Colors implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lower(ColorMode.values());
    }
  }
}
