package dev.llmscape.catalog;

import dev.llmscape.model.Category;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable in-memory indexes over one catalog, built once at load (the name index on first
 * use): by id, by name and alias, by org and family, by release date and parameter size (sorted,
 * for ranges), by openness and category, and from each base to the models derived from it.
 */
public final class CatalogIndex {
  private final Map<String, Model> byId;
  private final Map<String, Org> orgsById;
  private final List<Model> models;
  private Map<String, List<Model>> byNameKey;
  private final Map<String, List<Org>> orgsByNameKey;
  private final Map<String, List<Model>> byOrg;
  private final Map<String, List<Model>> childrenOf;
  private final Map<Openness, List<Model>> byOpenness;
  private final Map<Category, List<Model>> byCategory;
  private final Model[] byDate;
  private final long[] dateKeys;
  private final Model[] bySize;
  private final long[] sizeKeys;

  CatalogIndex(List<Org> orgs, List<Model> models) {
    orgsById = new LinkedHashMap<>();
    orgsByNameKey = new HashMap<>();
    for (Org org : orgs) {
      orgsById.put(org.id(), org);
    }
    for (Org org : orgs) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(Names.key(org.id()));
      keys.add(Names.key(org.name()));
      if (org.nameZh() != null) {
        keys.add(Names.key(org.nameZh()));
      }
      org.aliases().forEach(a -> keys.add(Names.key(a)));
      keys.add(Names.key(org.family()));
      for (String key : keys) {
        orgsByNameKey.computeIfAbsent(key, k -> new ArrayList<>()).add(org);
      }
    }

    this.models = models;
    byId = new LinkedHashMap<>();
    byOrg = new HashMap<>();
    childrenOf = new HashMap<>();
    byOpenness = new EnumMap<>(Openness.class);
    byCategory = new EnumMap<>(Category.class);
    List<Model> dated = new ArrayList<>();
    List<long[]> sizes = new ArrayList<>();
    List<Model> sized = new ArrayList<>();
    for (Model m : models) {
      byId.put(m.id(), m);
      byOrg.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m);
      for (String base : new LinkedHashSet<>(m.baseIds())) {
        childrenOf.computeIfAbsent(base, k -> new ArrayList<>()).add(m);
      }
      byOpenness.computeIfAbsent(m.openness(), k -> new ArrayList<>()).add(m);
      byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
      if (m.released() != null) {
        dated.add(m);
      }
      for (long size : sizesOf(m.params())) {
        sizes.add(new long[] {size, sized.size()});
        sized.add(m);
      }
    }
    dated.sort(Comparator.comparing(Model::released));
    byDate = dated.toArray(new Model[0]);
    dateKeys = new long[byDate.length];
    for (int i = 0; i < byDate.length; i++) {
      dateKeys[i] = byDate[i].released().sortKey();
    }
    sizes.sort(Comparator.comparingLong(e -> e[0]));
    bySize = new Model[sizes.size()];
    sizeKeys = new long[sizes.size()];
    for (int i = 0; i < sizes.size(); i++) {
      sizeKeys[i] = sizes.get(i)[0];
      bySize[i] = sized.get((int) sizes.get(i)[1]);
    }
  }

  /**
   * The name index, built on first use: folding every name and alias is the dearest part of
   * indexing, and listing by org or date never needs it.
   */
  private synchronized Map<String, List<Model>> nameIndex() {
    if (byNameKey == null) {
      Map<String, List<Model>> index = new HashMap<>();
      for (Model m : models) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Names.key(m.id()));
        keys.add(Names.key(m.name()));
        if (m.nameZh() != null) {
          keys.add(Names.key(m.nameZh()));
        }
        m.aliases().forEach(a -> keys.add(Names.key(a)));
        for (String key : keys) {
          index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
        }
      }
      byNameKey = index;
    }
    return byNameKey;
  }

  /**
   * Every released size of a model: its parsable variants, else its minimum and maximum. A model
   * with several sizes matches a size range if any of them does.
   */
  public static long[] sizesOf(ParamSize params) {
    if (params == null || !params.known()) {
      return new long[0];
    }
    Set<Long> out = new LinkedHashSet<>();
    out.add(params.min());
    out.add(params.max());
    for (String v : params.variants()) {
      try {
        long n = ParamSize.parseCount(v);
        if (n >= params.min() && n <= params.max()) {
          out.add(n);
        }
      } catch (IllegalArgumentException e) {
        // Variants such as "8x7B" are labels, not counts; min and max still stand for them.
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  public Collection<Model> all() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  public Model byId(String id) {
    return byId.get(id);
  }

  public Org org(String id) {
    return orgsById.get(id);
  }

  public Collection<Org> orgs() {
    return orgsById.values();
  }

  /** Models whose id, name, Chinese name or an alias has this {@link Names#key}. */
  public List<Model> byName(String name) {
    return nameIndex().getOrDefault(Names.key(name), List.of());
  }

  /** Every name key with its models, for suggestions and completion. */
  public Map<String, List<Model>> nameKeys() {
    return java.util.Collections.unmodifiableMap(nameIndex());
  }

  /**
   * Orgs matching a name: an org's id, name, Chinese name or alias, or a family name (which gives
   * every org of the family).
   */
  public List<Org> orgsNamed(String name) {
    return orgsByNameKey.getOrDefault(Names.key(name), List.of());
  }

  public Set<String> orgNameKeys() {
    return java.util.Collections.unmodifiableSet(orgsByNameKey.keySet());
  }

  public List<Model> byOrg(String orgId) {
    return byOrg.getOrDefault(orgId, List.of());
  }

  /** Models that name this id among their bases. */
  public List<Model> childrenOf(String id) {
    return childrenOf.getOrDefault(id, List.of());
  }

  public List<Model> byOpenness(Openness openness) {
    return byOpenness.getOrDefault(openness, List.of());
  }

  public List<Model> byCategory(Category category) {
    return byCategory.getOrDefault(category, List.of());
  }

  /** Models released on days {@code fromDay..toDay} (epoch days, inclusive), by binary search. */
  public List<Model> releasedBetween(long fromDay, long toDay) {
    int from = lowerBound(dateKeys, fromDay);
    int to = lowerBound(dateKeys, toDay == Long.MAX_VALUE ? toDay : toDay + 1);
    return Arrays.asList(byDate).subList(from, Math.max(from, to));
  }

  /** Models with the release date unknown. */
  public List<Model> undated() {
    return all().stream().filter(m -> m.released() == null).toList();
  }

  /** How many models {@link #releasedBetween} would give, without building the list. */
  public int countReleasedBetween(long fromDay, long toDay) {
    return releasedBetween(fromDay, toDay).size();
  }

  /** Models with a released size in {@code min..max} parameters (inclusive), each once. */
  public List<Model> sizedBetween(long min, long max) {
    int from = lowerBound(sizeKeys, min);
    int to = lowerBound(sizeKeys, max == Long.MAX_VALUE ? max : max + 1);
    Set<Model> out = new LinkedHashSet<>();
    for (int i = from; i < to; i++) {
      out.add(bySize[i]);
    }
    return List.copyOf(out);
  }

  public int countSizedBetween(long min, long max) {
    int from = lowerBound(sizeKeys, min);
    int to = lowerBound(sizeKeys, max == Long.MAX_VALUE ? max : max + 1);
    return Math.max(0, to - from);
  }

  private static int lowerBound(long[] keys, long key) {
    int lo = 0, hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
