package dev.llmscape.query;

import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import java.util.List;

/**
 * One node of a lineage tree as walked from a model: up (its children are its bases) or down (its
 * children are its derivatives).
 *
 * @param edge the lineage edge between this node and the node it hangs from; null at the root
 * @param mark why the node's own children are not listed, or {@link Mark#NONE}
 * @param children the next level in the walk's direction; empty when marked
 */
public record LineageNode(Model model, Lineage edge, Mark mark, List<LineageNode> children) {

  public LineageNode {
    children = List.copyOf(children);
  }

  /** Why a node that has bases or derivatives is shown without them. */
  public enum Mark {
    /** Nothing is left out. */
    NONE,
    /** Reached again in a DAG: its subtree is shown where it first appeared (cargo's (*)). */
    REPEATED,
    /** Already on the path from the root: the catalog has a lineage cycle. */
    CYCLE,
    /** Left unexpanded by the depth limit. */
    DEPTH_LIMIT
  }
}
