package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Runs a {@link ModelQuery}: takes the candidates of the most selective indexable condition, tests
 * the other conditions on them, then sorts and caps the result.
 */
public final class QueryEngine {
  private final CatalogIndex index;

  public QueryEngine(CatalogIndex index) {
    this.index = index;
  }

  public List<Model> run(ModelQuery query) {
    Criterion seed = null;
    List<Model> seedCandidates = null;
    List<List<Model>> indexed = new ArrayList<>();
    for (Criterion c : query.criteria()) {
      List<Model> candidates = c.candidates(index);
      if (candidates == null) {
        continue;
      }
      indexed.add(candidates);
      if (seedCandidates == null || candidates.size() < seedCandidates.size()) {
        seed = c;
        seedCandidates = candidates;
      }
    }
    // Other indexed conditions narrow the seed's candidates before any is decoded (where the
    // index can tell); every condition is still tested on what is left.
    for (List<Model> candidates : indexed) {
      if (candidates != seedCandidates) {
        seedCandidates = index.narrowed(seedCandidates, candidates);
      }
    }
    Collection<Model> start =
        seedCandidates == null ? index.all() : new LinkedHashSet<>(seedCandidates);
    List<Model> out = new ArrayList<>();
    for (Model m : start) {
      if (matchesAll(m, query.criteria(), seed)) {
        out.add(m);
      }
    }
    out.sort(query.sort().comparator(index, query.reverse()));
    if (query.limit() != null && out.size() > query.limit()) {
      return List.copyOf(out.subList(0, query.limit()));
    }
    return out;
  }

  private boolean matchesAll(Model m, List<Criterion> criteria, Criterion skip) {
    for (Criterion c : criteria) {
      if (c != skip && !c.test(m, index)) {
        return false;
      }
    }
    return true;
  }
}
