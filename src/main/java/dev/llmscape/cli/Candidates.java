package dev.llmscape.cli;

import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.cli.completion.CompletionValues;
import dev.llmscape.model.Category;
import dev.llmscape.query.Breakdown;
import dev.llmscape.query.SortKey;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Option and parameter values for help text and shell completion. Fixed lists are spelled out;
 * catalog-backed values are marked by the classes {@link ModelNames}, {@link OrgNames} and {@link
 * QueryTerms}: put one as {@code completionCandidates} on a parameter and every completion script,
 * {@code __complete} and the interactive shell offer model names (or org names, or filter terms)
 * there. Never use {@code ${COMPLETION-CANDIDATES}} with them in a description.
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

  /** A model by name: names, aliases, ids and Chinese names of the catalog in use. */
  public static final class ModelNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return CompletionValues.models(CatalogLoader.bundled()).iterator();
    }
  }

  /** An org or family: names, aliases, families and Chinese names of the catalog's orgs. */
  public static final class OrgNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return CompletionValues.orgs(CatalogLoader.bundled()).iterator();
    }
  }

  /**
   * Terms of a filter query: the qualifiers, each completed after its colon ({@code org:} with org
   * names, {@code base:} and {@code from:} with model names, ...).
   */
  public static final class QueryTerms implements Iterable<String> {
    /** Qualifiers whose values completion knows; others complete to the bare qualifier. */
    public static final List<String> QUALIFIERS =
        List.of("org:", "open:", "size:", "date:", "category:", "license:", "base:", "from:");

    @Override
    public Iterator<String> iterator() {
      return QUALIFIERS.iterator();
    }
  }
}
