package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which models a landscape picture draws, and the lineage edges between them.
 *
 * <p>Asked for nothing in particular, a landscape draws the <em>notable</em> models: every model of
 * the foundation, reasoning and multimodal categories, and every other model that something in the
 * catalog was built on (it has at least one derivative). Left out are the leaves of the other
 * categories (chat, instruction, code, framework) that nothing derives from: a chatbot product, a
 * fine-tune nobody built on. Since a model with a derivative is always kept, every model on a
 * lineage path between two drawn models is drawn too, and no edge goes missing. Asked for a query,
 * a landscape draws every model that matches it.
 */
public final class LandscapeSelection {
  /** The categories a landscape always draws. */
  public static final Set<Category> NOTABLE_CATEGORIES =
      Set.of(Category.FOUNDATION, Category.REASONING, Category.MULTIMODAL);

  private LandscapeSelection() {}

  /**
   * The models to draw out of those {@code criteria} select: all of them when there are criteria or
   * {@code all} is set, else the notable ones. Oldest first.
   */
  public static List<Model> select(CatalogIndex index, List<Criterion> criteria, boolean all) {
    List<Model> matching = new QueryEngine(index).run(ModelQuery.all().with(criteria));
    if (all || !criteria.isEmpty()) {
      return matching;
    }
    return matching.stream().filter(m -> notable(m, index)).toList();
  }

  /** Whether a landscape draws this model by default (see the class comment). */
  public static boolean notable(Model model, CatalogIndex index) {
    return NOTABLE_CATEGORIES.contains(model.category()) || !index.childrenOf(model.id()).isEmpty();
  }

  /**
   * The models with the lineage edges among them: an edge for each base of a model that is itself
   * one of the models. Edges to models outside are left out.
   */
  public static Subgraph among(List<Model> models) {
    Map<String, Model> byId = new HashMap<>();
    for (Model m : models) {
      byId.put(m.id(), m);
    }
    List<Subgraph.Edge> edges = new ArrayList<>();
    for (Model derived : models) {
      for (Lineage edge : derived.bases()) {
        Model base = byId.get(edge.baseId());
        if (base != null && base != derived) {
          edges.add(new Subgraph.Edge(base, derived, edge));
        }
      }
    }
    return new Subgraph(models, edges);
  }
}
