package dev.llmscape.query;

import dev.llmscape.model.Model;
import java.util.List;

/**
 * A model's lineage: its ancestors walked up to their roots and its descendants walked down, each
 * as a tree rooted at the model.
 *
 * @param up the model with its bases as children, or null when ancestors were not asked for
 * @param down the model with its derivatives as children, or null when not asked for
 * @param cycles lineage cycles met on the way, each as the models in "based on" order with the
 *     first repeated at the end; empty for a consistent catalog
 */
public record LineageTree(Model focus, LineageNode up, LineageNode down, List<List<Model>> cycles) {
  public LineageTree {
    cycles = List.copyOf(cycles);
  }

  /** The models and edges of the walk, each once, for drawing the lineage as a graph. */
  public Subgraph subgraph() {
    return Subgraph.of(up, down);
  }
}
