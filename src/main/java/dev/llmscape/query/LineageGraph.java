package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the lineage graph (model to base edges). Every walk keeps a visited set, so a catalog with
 * a cycle cannot make it loop (the bundled catalog's tests reject cycles; a user catalog may have
 * one).
 */
public final class LineageGraph {
  private LineageGraph() {}

  /** Every model derived from {@code id}, directly or not, nearest first; never {@code id}. */
  public static List<Model> descendants(String id, CatalogIndex index) {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(id);
    List<Model> out = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(id);
    while (!queue.isEmpty()) {
      for (Model child : index.childrenOf(queue.poll())) {
        if (seen.add(child.id())) {
          out.add(child);
          queue.add(child.id());
        }
      }
    }
    return out;
  }

  /** Whether {@code model} derives from {@code ancestorId} through one or more lineage edges. */
  public static boolean descendsFrom(Model model, String ancestorId, CatalogIndex index) {
    Map<String, Integer> up = ancestors(model, index);
    return !model.id().equals(ancestorId) && up.containsKey(ancestorId);
  }

  /**
   * The model itself (at distance 0) and every model it derives from, with the fewest edges between
   * them, in breadth-first order.
   */
  public static Map<String, Integer> ancestors(Model model, CatalogIndex index) {
    Map<String, Integer> distance = new LinkedHashMap<>();
    distance.put(model.id(), 0);
    Deque<Model> queue = new ArrayDeque<>();
    queue.add(model);
    while (!queue.isEmpty()) {
      Model m = queue.poll();
      int d = distance.get(m.id());
      for (String baseId : m.baseIds()) {
        Model base = index.byId(baseId);
        if (base != null && !distance.containsKey(baseId)) {
          distance.put(baseId, d + 1);
          queue.add(base);
        }
      }
    }
    return distance;
  }

  /**
   * The nearest model that every one of {@code models} is or derives from: fewest edges in total,
   * then fewest from the farthest model, then catalog order. Null when they share none.
   */
  public static Model nearestCommonAncestor(List<Model> models, CatalogIndex index) {
    if (models.isEmpty()) {
      return null;
    }
    Map<String, int[]> shared = new HashMap<>();
    boolean first = true;
    for (Model m : models) {
      Map<String, Integer> up = ancestors(m, index);
      if (first) {
        up.forEach((id, d) -> shared.put(id, new int[] {d, d}));
        first = false;
      } else {
        shared.keySet().retainAll(up.keySet());
        shared.forEach(
            (id, score) -> {
              int d = up.get(id);
              score[0] += d;
              score[1] = Math.max(score[1], d);
            });
      }
    }
    Model best = null;
    int[] bestScore = null;
    for (Model candidate : index.all()) {
      int[] score = shared.get(candidate.id());
      if (score != null
          && (best == null
              || score[0] < bestScore[0]
              || (score[0] == bestScore[0] && score[1] < bestScore[1]))) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
}
