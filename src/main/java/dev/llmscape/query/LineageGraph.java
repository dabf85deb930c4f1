package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.catalog.LineageCycles;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the lineage DAG over a catalog index: ancestors up to their roots, descendants down to
 * their leaves, and the derivation path between two models. Every walk terminates, even on a user
 * catalog whose lineage has a cycle: a model already on the path is shown once more, marked, and
 * not expanded.
 */
public final class LineageGraph {
  /** Which way to walk from a model. */
  public enum Direction {
    UP,
    DOWN,
    BOTH
  }

  /** Walk to any depth. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private final CatalogIndex index;

  public LineageGraph(CatalogIndex index) {
    this.index = index;
  }

  /**
   * The model's lineage tree(s).
   *
   * @param depth how many levels to show in each direction (1: direct bases and derivatives only;
   *     0: the model alone)
   */
  public LineageTree tree(Model focus, Direction direction, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be 0 or more");
    }
    Map<String, List<Model>> cycles = new LinkedHashMap<>();
    LineageNode up = direction == Direction.DOWN ? null : new Walk(true, depth, cycles).root(focus);
    LineageNode down =
        direction == Direction.UP ? null : new Walk(false, depth, cycles).root(focus);
    return new LineageTree(focus, up, down, new ArrayList<>(cycles.values()));
  }

  /** A neighbour in the walk and the edge that joins it. */
  private record Step(Model model, Lineage edge) {}

  /** The bases of a model, each once, in catalog order. */
  private List<Step> bases(Model m) {
    List<Step> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Lineage edge : m.bases()) {
      Model base = index.byId(edge.baseId());
      if (base != null && seen.add(base.id())) {
        out.add(new Step(base, edge));
      }
    }
    return out;
  }

  /** The models derived from a model, oldest first (unknown dates last), then in catalog order. */
  private List<Step> derivatives(Model m) {
    List<Step> out = new ArrayList<>();
    for (Model child : index.childrenOf(m.id())) {
      for (Lineage edge : child.bases()) {
        if (edge.baseId().equals(m.id())) {
          out.add(new Step(child, edge));
          break;
        }
      }
    }
    // A comparator class of its own, not a lambda: linking any lambda starts the JDK's lambda
    // machinery at run time (NoLambdaStartupTest).
    out.sort(BY_DATE_UNKNOWN_LAST);
    return out;
  }

  private static final java.util.Comparator<Step> BY_DATE_UNKNOWN_LAST =
      new java.util.Comparator<>() {
        @Override
        public int compare(Step x, Step y) {
          return byDateUnknownLast(x.model().dated(), y.model().dated());
        }
      };

  private static int byDateUnknownLast(ReleaseDate a, ReleaseDate b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }

  /** One depth-first walk in one direction, remembering what it expanded and the current path. */
  private final class Walk {
    private final boolean up;
    private final int maxDepth;
    private final Map<String, List<Model>> cycles;
    private final Set<String> expanded = new HashSet<>();
    private final Set<String> onPath = new HashSet<>();
    private final List<Model> path = new ArrayList<>();

    Walk(boolean up, int maxDepth, Map<String, List<Model>> cycles) {
      this.up = up;
      this.maxDepth = maxDepth;
      this.cycles = cycles;
    }

    private List<Step> next(Model m) {
      return up ? bases(m) : derivatives(m);
    }

    LineageNode root(Model focus) {
      if (maxDepth == 0) {
        LineageNode.Mark mark =
            next(focus).isEmpty() ? LineageNode.Mark.NONE : LineageNode.Mark.DEPTH_LIMIT;
        return new LineageNode(focus, null, mark, List.of());
      }
      return expand(focus, null, 0);
    }

    private LineageNode expand(Model m, Lineage edge, int depth) {
      onPath.add(m.id());
      path.add(m);
      expanded.add(m.id());
      List<LineageNode> children = new ArrayList<>();
      for (Step step : next(m)) {
        Model c = step.model();
        LineageNode.Mark mark = LineageNode.Mark.NONE;
        if (onPath.contains(c.id())) {
          mark = LineageNode.Mark.CYCLE;
          recordCycle(c);
        } else if (next(c).isEmpty()) {
          mark = LineageNode.Mark.NONE;
        } else if (expanded.contains(c.id())) {
          mark = LineageNode.Mark.REPEATED;
        } else if (depth + 1 >= maxDepth) {
          mark = LineageNode.Mark.DEPTH_LIMIT;
        } else {
          children.add(expand(c, step.edge(), depth + 1));
          continue;
        }
        children.add(new LineageNode(c, step.edge(), mark, List.of()));
      }
      path.remove(path.size() - 1);
      onPath.remove(m.id());
      return new LineageNode(m, edge, LineageNode.Mark.NONE, children);
    }

    /** Keeps a cycle once, in the one form {@link LineageCycles} gives every cycle. */
    private void recordCycle(Model again) {
      List<Model> met = new ArrayList<>(path.subList(path.indexOf(again), path.size()));
      if (!up) {
        java.util.Collections.reverse(met);
      }
      List<String> cycle =
          LineageCycles.canonical(
              met.stream().map(Model::id).toList(), id -> Math.max(0, index.positionOf(id)));
      cycles.putIfAbsent(String.join(" ", cycle), cycle.stream().map(index::byId).toList());
    }
  }

  /**
   * The derivation path between two models: the shortest chain of edges if one derives from the
   * other (either way round), else the chains from their nearest common ancestor; empty when they
   * share no ancestor.
   */
  public Optional<DerivationPath> path(Model from, Model to) {
    if (from.id().equals(to.id())) {
      return Optional.of(
          new DerivationPath(
              from, to, new LineageNode(from, null, LineageNode.Mark.NONE, List.of())));
    }
    Ancestry a = ancestry(from);
    Ancestry b = ancestry(to);
    if (b.distance.containsKey(from.id())) {
      return Optional.of(new DerivationPath(from, to, chain(from, null, b)));
    }
    if (a.distance.containsKey(to.id())) {
      return Optional.of(new DerivationPath(from, to, chain(to, null, a)));
    }
    String best = null;
    for (String id : a.distance.keySet()) {
      Integer db = b.distance.get(id);
      if (db != null) {
        int sum = a.distance.get(id) + db;
        if (best == null || sum < a.distance.get(best) + b.distance.get(best)) {
          best = id;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Model top = index.byId(best);
    LineageNode toFrom = chain(a.next.get(best).model(), a.next.get(best).edge(), a);
    LineageNode toTo = chain(b.next.get(best).model(), b.next.get(best).edge(), b);
    return Optional.of(
        new DerivationPath(
            from, to, new LineageNode(top, null, LineageNode.Mark.NONE, List.of(toFrom, toTo))));
  }

  /**
   * Every ancestor of a model by breadth-first search (so cycle-safe), with its distance and the
   * step one level down towards the model.
   */
  private record Ancestry(Map<String, Integer> distance, Map<String, Step> next) {}

  private Ancestry ancestry(Model start) {
    Map<String, Integer> distance = new LinkedHashMap<>();
    Map<String, Step> next = new HashMap<>();
    distance.put(start.id(), 0);
    Deque<Model> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      Model m = queue.removeFirst();
      for (Step base : bases(m)) {
        if (!distance.containsKey(base.model().id())) {
          distance.put(base.model().id(), distance.get(m.id()) + 1);
          next.put(base.model().id(), new Step(m, base.edge()));
          queue.addLast(base.model());
        }
      }
    }
    return new Ancestry(distance, next);
  }

  /** The chain from {@code top} down to the start of {@code ancestry}. */
  private LineageNode chain(Model top, Lineage edge, Ancestry ancestry) {
    List<Model> models = new ArrayList<>();
    List<Lineage> edges = new ArrayList<>();
    models.add(top);
    edges.add(edge);
    for (Step s = ancestry.next.get(top.id()); s != null; s = ancestry.next.get(s.model().id())) {
      models.add(s.model());
      edges.add(s.edge());
    }
    LineageNode node = null;
    for (int i = models.size() - 1; i >= 0; i--) {
      node =
          new LineageNode(
              models.get(i),
              edges.get(i),
              LineageNode.Mark.NONE,
              node == null ? List.of() : List.of(node));
    }
    return node;
  }

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
    return new LineageGraph(index).ancestry(model).distance();
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
    // The best score, then the first in catalog order: by position, so that no model outside the
    // ancestries is decoded.
    String best = null;
    int bestPosition = -1;
    int[] bestScore = null;
    for (Map.Entry<String, int[]> e : shared.entrySet()) {
      int[] score = e.getValue();
      int position = index.positionOf(e.getKey());
      if (best == null
          || score[0] < bestScore[0]
          || (score[0] == bestScore[0]
              && (score[1] < bestScore[1]
                  || (score[1] == bestScore[1] && position < bestPosition)))) {
        best = e.getKey();
        bestPosition = position;
        bestScore = score;
      }
    }
    return best == null ? null : index.byId(best);
  }
}
