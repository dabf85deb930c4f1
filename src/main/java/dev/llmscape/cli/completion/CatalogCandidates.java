package dev.llmscape.cli.completion;

import dev.llmscape.catalog.CatalogLoader;
import java.util.Iterator;
import java.util.List;

/**
 * Catalog-backed values, as marker classes: put one as {@code completionCandidates} on a parameter
 * and every completion script, {@code __complete} and the interactive shell offer model names (or
 * org names, or filter terms) there. They live beside the completion model that recognises them, so
 * that {@code cli} uses {@code cli.completion} and not the other way round. Never use {@code
 * ${COMPLETION-CANDIDATES}} with them in a description.
 */
public final class CatalogCandidates {
  private CatalogCandidates() {}

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
        dev.llmscape.query.FilterParser.QUALIFIERS.stream().map(q -> q + ":").toList();

    @Override
    public Iterator<String> iterator() {
      return QUALIFIERS.iterator();
    }
  }
}
