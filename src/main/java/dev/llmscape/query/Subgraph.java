package dev.llmscape.query;

import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The models and lineage edges of one or two walked trees, each once: what a diagram draws. A
 * subtree printed once and marked as repeated in the tree is, here, just more edges to one node.
 *
 * @param models in the order first met
 * @param edges base to derived, in the order first met
 */
public record Subgraph(List<Model> models, List<Edge> edges) {

  /** A lineage edge: {@code derived} is built on {@code base} as {@code lineage} says. */
  public record Edge(Model base, Model derived, Lineage lineage) {}

  public Subgraph {
    models = List.copyOf(models);
    edges = List.copyOf(edges);
  }

  /**
   * Collects a tree walked up (children are bases) and one walked down (children are derivatives);
   * either may be null.
   */
  public static Subgraph of(LineageNode up, LineageNode down) {
    Set<Model> models = new LinkedHashSet<>();
    Map<String, Edge> edges = new LinkedHashMap<>();
    collect(up, true, models, edges);
    collect(down, false, models, edges);
    return new Subgraph(new ArrayList<>(models), new ArrayList<>(edges.values()));
  }

  /** The models along a derivation path, or the two models alone when {@code path} is null. */
  public static Subgraph ofPath(Model from, Model to, DerivationPath path) {
    if (path == null) {
      return new Subgraph(from.equals(to) ? List.of(from) : List.of(from, to), List.of());
    }
    return of(null, path.tree());
  }

  private static void collect(
      LineageNode node, boolean up, Set<Model> models, Map<String, Edge> edges) {
    if (node == null) {
      return;
    }
    models.add(node.model());
    for (LineageNode child : node.children()) {
      Model base = up ? child.model() : node.model();
      Model derived = up ? node.model() : child.model();
      edges.putIfAbsent(base.id() + "\u0000" + derived.id(), new Edge(base, derived, child.edge()));
      collect(child, up, models, edges);
    }
  }
}
