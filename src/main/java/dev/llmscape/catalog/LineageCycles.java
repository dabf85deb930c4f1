package dev.llmscape.catalog;

import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Lineage cycles, one rule for {@code validate} and for the lineage walks: a cycle is written in
 * "based on" order (each model is based on the next), starts at its member that comes first in the
 * catalog, ends with that model again, and is reported once however it was reached.
 */
public final class LineageCycles {
  private LineageCycles() {}

  /** Where a depth-first search stands with a model. */
  private enum Visit {
    ON_PATH,
    DONE
  }

  /**
   * Every cycle among the models, each once, in the order they are met; iterative, so a long chain
   * of bases cannot overflow the stack.
   *
   * @param models the catalog's models in catalog order
   * @param byId a model by id, or null for an id that does not resolve (ignored here)
   */
  public static List<List<String>> find(List<Model> models, Function<String, Model> byId) {
    Map<String, Integer> order = catalogOrder(models);
    Map<String, Visit> visits = new HashMap<>();
    Set<List<String>> seen = new HashSet<>();
    List<List<String>> out = new ArrayList<>();
    for (Model start : models) {
      if (visits.containsKey(start.id())) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<Integer> next = new ArrayDeque<>();
      path.push(start.id());
      next.push(0);
      visits.put(start.id(), Visit.ON_PATH);
      while (!path.isEmpty()) {
        String id = path.peek();
        int edge = next.pop();
        List<Lineage> bases = byId.apply(id).bases();
        if (edge == bases.size()) {
          visits.put(id, Visit.DONE);
          path.pop();
          continue;
        }
        next.push(edge + 1);
        String base = bases.get(edge).baseId();
        if (byId.apply(base) == null) {
          continue;
        }
        Visit visit = visits.get(base);
        if (visit == null) {
          visits.put(base, Visit.ON_PATH);
          path.push(base);
          next.push(0);
        } else if (visit == Visit.ON_PATH) {
          List<String> cycle = new ArrayList<>();
          for (String onPath : path) { // top (this model) first
            cycle.add(0, onPath);
            if (onPath.equals(base)) {
              break;
            }
          }
          List<String> canonical = canonical(cycle, id2 -> order.getOrDefault(id2, 0));
          if (seen.add(canonical)) {
            out.add(canonical);
          }
        }
      }
    }
    return out;
  }

  /**
   * A cycle as met, in "based on" order without repeating its first model, in its canonical form:
   * rotated to start at the member first in catalog order, and closed with that model again.
   */
  public static List<String> canonical(List<String> cycle, ToIntFunction<String> catalogOrder) {
    int first = 0;
    for (int k = 1; k < cycle.size(); k++) {
      if (catalogOrder.applyAsInt(cycle.get(k)) < catalogOrder.applyAsInt(cycle.get(first))) {
        first = k;
      }
    }
    List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
    rotated.addAll(cycle.subList(0, first));
    rotated.add(rotated.get(0));
    return List.copyOf(rotated);
  }

  /** Each model's position in the catalog (the first, for a repeated id). */
  public static Map<String, Integer> catalogOrder(List<Model> models) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < models.size(); i++) {
      order.putIfAbsent(models.get(i).id(), i);
    }
    return order;
  }
}
