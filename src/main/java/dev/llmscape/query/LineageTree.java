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

  /**
   * The root's mark: {@link LineageNode.Mark#DEPTH_LIMIT} when a depth of 0 leaves out bases or
   * derivatives, else none.
   */
  public LineageNode.Mark rootMark() {
    for (LineageNode root : new LineageNode[] {up, down}) {
      if (root != null && root.mark() != LineageNode.Mark.NONE) {
        return root.mark();
      }
    }
    return LineageNode.Mark.NONE;
  }

  /** The models and edges of the walk, each once, for drawing the lineage as a graph. */
  public Subgraph subgraph() {
    return Subgraph.of(up, down);
  }
}
