package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Access;
import dev.llmscape.model.Architecture;
import dev.llmscape.model.Category;
import dev.llmscape.model.Modalities;
import dev.llmscape.model.Modality;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One condition on models. Conditions an index can answer also give their candidates, so the engine
 * can start from the most selective one and test the rest as predicates.
 */
public sealed interface Criterion {

  boolean test(Model model, CatalogIndex index);

  /** The models an index gives for this condition, or null when no index applies. */
  default List<Model> candidates(CatalogIndex index) {
    return null;
  }

  /** Models in the org set (an org, or all orgs of a family). */
  record InOrgs(Set<String> orgIds) implements Criterion {
    public InOrgs {
      orgIds = Set.copyOf(orgIds);
    }

    @Override
    public boolean test(Model m, CatalogIndex index) {
      return orgIds.contains(m.orgId());
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      return index.inOrgs(orgIds);
    }
  }

  record HasOpenness(Openness openness) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return m.openness() == openness;
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      return index.byOpenness(openness);
    }
  }

  record InCategories(Set<Category> categories) implements Criterion {
    public InCategories {
      categories = Set.copyOf(categories);
    }

    @Override
    public boolean test(Model m, CatalogIndex index) {
      return categories.contains(m.category());
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      List<Model> out = new ArrayList<>();
      for (Category c : categories) {
        out.addAll(index.byCategory(c));
      }
      return out;
    }
  }

  /**
   * Released on an epoch day in {@code fromDay..toDay}, inclusive; a model without a release date
   * counts by its announcement. A date known only to the month or year counts as its first day.
   */
  record ReleasedBetween(long fromDay, long toDay) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      if (m.dated() == null) {
        return false;
      }
      long day = m.dated().sortKey();
      return day >= fromDay && day <= toDay;
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      return index.releasedBetween(fromDay, toDay);
    }
  }

  /** Has a released size in {@code min..max} parameters, inclusive: any of its sizes counts. */
  record SizedBetween(long min, long max) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      for (long size : CatalogIndex.sizesOf(m.params())) {
        if (size >= min && size <= max) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      return index.sizedBetween(min, max);
    }
  }

  /** A numeric fact in {@code min..max}, inclusive; an unknown value never matches. */
  record FactBetween(NumericFact fact, double min, double max) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      Double v = fact.of(m);
      return v != null && v >= min && v <= max;
    }
  }

  /** A numeric fact is not known. */
  record FactUnknown(NumericFact fact) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return fact.of(m) == null;
    }
  }

  /** A date fact (announcement, cut-off) on an epoch day in {@code fromDay..toDay}, inclusive. */
  record DateBetween(DateFact fact, long fromDay, long toDay) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      ReleaseDate d = fact.of(m);
      return d != null && d.sortKey() >= fromDay && d.sortKey() <= toDay;
    }
  }

  /** A date fact is not known. */
  record DateUnknown(DateFact fact) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return fact.of(m) == null;
    }
  }

  /**
   * The access class is one of these; {@code unknown} also takes models without one (and
   * frameworks).
   */
  record HasAccess(Set<Access> access, boolean unknown) implements Criterion {
    public HasAccess {
      access = Set.copyOf(access);
    }

    @Override
    public boolean test(Model m, CatalogIndex index) {
      Access a = m.facts().access();
      return a == null ? unknown : access.contains(a);
    }
  }

  /** The architecture is one of these; {@code unknown} also takes models without one. */
  record HasArchitecture(Set<Architecture> architectures, boolean unknown) implements Criterion {
    public HasArchitecture {
      architectures = Set.copyOf(architectures);
    }

    @Override
    public boolean test(Model m, CatalogIndex index) {
      Architecture a = m.facts().architecture();
      return a == null ? unknown : architectures.contains(a);
    }
  }

  /** Which side of a model a modality is looked for on. */
  enum Side {
    INPUT,
    OUTPUT,
    EITHER
  }

  /** The model takes (or gives, or either) this modality. */
  record HasModality(Side side, Modality modality) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      Modalities mods = m.facts().modalities();
      if (mods == null) {
        return false;
      }
      return switch (side) {
        case INPUT -> mods.input().contains(modality);
        case OUTPUT -> mods.output().contains(modality);
        case EITHER -> mods.handles(modality);
      };
    }
  }

  /** The model's modalities are not known. */
  record ModalitiesUnknown() implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return m.facts().modalities() == null;
    }
  }

  /** The parameter count is not known. */
  record SizeUnknown() implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return m.params() == null || !m.params().known();
    }
  }

  /** The release date is not known. */
  record ReleaseUnknown() implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return m.dated() == null;
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      return index.undated();
    }
  }

  /**
   * Derived from the model {@code baseId}: directly (it names it among its bases), or with {@code
   * transitive} through any number of lineage edges. Never the model itself.
   */
  record DerivedFrom(String baseId, boolean transitive) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return transitive
          ? LineageGraph.descendsFrom(m, baseId, index)
          : m.baseIds().contains(baseId);
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      return transitive ? LineageGraph.descendants(baseId, index) : index.childrenOf(baseId);
    }
  }

  record Not(Criterion inner) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return !inner.test(m, index);
    }
  }

  /** Any of several conditions (OR). Indexable when every branch is. */
  record AnyOf(List<Criterion> branches) implements Criterion {
    public AnyOf {
      branches = List.copyOf(branches);
    }

    @Override
    public boolean test(Model m, CatalogIndex index) {
      for (Criterion c : branches) {
        if (c.test(m, index)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<Model> candidates(CatalogIndex index) {
      Set<Model> out = new LinkedHashSet<>();
      for (Criterion c : branches) {
        List<Model> part = c.candidates(index);
        if (part == null) {
          return null;
        }
        out.addAll(part);
      }
      return new ArrayList<>(out);
    }
  }

  /**
   * A condition given as a plain predicate, for fields without an index (license, lineage, text).
   *
   * @param label how the condition reads, for equality in tests and for messages
   */
  record Matching(String label, ModelPredicate predicate) implements Criterion {
    @Override
    public boolean test(Model m, CatalogIndex index) {
      return predicate.test(m, index);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Matching other && other.label.equals(label);
    }

    @Override
    public int hashCode() {
      return label.hashCode();
    }
  }

  /** A test on one model that may consult the indexes (for lineage, say). */
  @FunctionalInterface
  interface ModelPredicate {
    boolean test(Model model, CatalogIndex index);
  }
}
