package dev.llmscape.query;

import dev.llmscape.model.Model;

/**
 * How two models are related, as {@code npm explain} shows why a package is there: the shortest
 * chain of lineage edges from one to the other, or, when neither derives from the other, from their
 * nearest common ancestor down to each.
 *
 * @param tree rooted at the topmost model of the path and walked down (children are derivatives): a
 *     chain, or two chains below the common ancestor
 */
public record DerivationPath(Model from, Model to, LineageNode tree) {

  /** How {@code from} and {@code to} are related. */
  public enum Kind {
    /** The same model. */
    SAME,
    /** {@code from} derives from {@code to}. */
    FROM_DERIVES_FROM_TO,
    /** {@code to} derives from {@code from}. */
    TO_DERIVES_FROM_FROM,
    /** Neither derives from the other; both derive from the tree's root. */
    COMMON_ANCESTOR
  }

  /** The model at the top: the ancestor the path starts from. */
  public Model top() {
    return tree.model();
  }

  public Kind kind() {
    if (from.id().equals(to.id())) {
      return Kind.SAME;
    }
    if (top().id().equals(to.id())) {
      return Kind.FROM_DERIVES_FROM_TO;
    }
    if (top().id().equals(from.id())) {
      return Kind.TO_DERIVES_FROM_FROM;
    }
    return Kind.COMMON_ANCESTOR;
  }

  /** Lineage edges from the top down to the deepest of the two models. */
  public int steps() {
    int longest = 0;
    for (LineageNode branch : tree.children()) {
      int n = 1;
      for (LineageNode c = branch; !c.children().isEmpty(); c = c.children().get(0)) {
        n++;
      }
      longest = Math.max(longest, n);
    }
    return longest;
  }
}
