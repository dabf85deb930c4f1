package dev.llmscape.cli;

import dev.llmscape.model.Access;
import dev.llmscape.model.Category;
import dev.llmscape.model.Modality;
import dev.llmscape.query.Breakdown;
import dev.llmscape.query.SortKey;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Option and parameter values for help text and shell completion, for the fixed lists. Values from
 * the catalog (model and org names, filter terms) are marked by {@link
 * dev.llmscape.cli.completion.CatalogCandidates}.
 */
public final class Candidates {
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

  /** Category ids, as {@code --category} and the {@code category:} qualifier take them. */
  public static final class Categories implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Category.values()).map(Category::id).iterator();
    }
  }

  /** Access classes, as {@code --access} and the {@code access:} qualifier take them. */
  public static final class AccessClasses implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Access.values()).map(Access::id).iterator();
    }
  }

  /** Modalities, as {@code --input} and the {@code input:} qualifier take them. */
  public static final class Modalities implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Modality.values()).map(Modality::id).iterator();
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
