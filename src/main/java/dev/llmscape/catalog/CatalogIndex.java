package dev.llmscape.catalog;

import dev.llmscape.model.Category;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable in-memory indexes over one catalog: by id, by name and alias, by org and family, by
 * release date and parameter size (sorted, for ranges), by openness and category, and from each
 * base to the models derived from it. Orgs are indexed at load; every other index is built on its
 * first use, so a run pays only for the indexes its query touches (listing one org of a
 * 100,000-model catalog never sorts it by date or size, and from a binary catalog decodes only that
 * org's models).
 */
public final class CatalogIndex {
  private final ModelStore store;
  private final Map<String, Org> orgsById;
  private final Map<String, List<Org>> orgsByNameKey;
  private final Lazy<Map<String, Model>> byId = new Lazy<>(this::buildIdIndex);
  private final Lazy<Map<String, List<Model>>> byNameKey = new Lazy<>(this::buildNameIndex);
  private final Lazy<Map<String, List<Model>>> byOrg =
      new Lazy<>(() -> groupBy(m -> List.of(m.orgId()), new HashMap<>()));
  private final Lazy<Map<String, List<Model>>> childrenOf =
      new Lazy<>(() -> groupBy(m -> new LinkedHashSet<>(m.baseIds()), new HashMap<>()));
  private final Lazy<Map<Openness, List<Model>>> byOpenness =
      new Lazy<>(() -> groupBy(m -> List.of(m.openness()), new EnumMap<>(Openness.class)));
  private final Lazy<Map<Category, List<Model>>> byCategory =
      new Lazy<>(() -> groupBy(m -> List.of(m.category()), new EnumMap<>(Category.class)));
  private final Lazy<Sorted> byDate = new Lazy<>(this::buildDateIndex);
  private final Lazy<Sorted> bySize = new Lazy<>(this::buildSizeIndex);

  /** Models sorted by a key, with the keys alongside for binary search. */
  private record Sorted(Model[] models, long[] keys) {}

  /** An index built on its first use, once, under the lock of the catalog index it belongs to. */
  private final class Lazy<T> {
    private final java.util.function.Supplier<T> build;
    private T value;

    Lazy(java.util.function.Supplier<T> build) {
      this.build = build;
    }

    T get() {
      synchronized (CatalogIndex.this) {
        if (value == null) {
          value = build.get();
        }
        return value;
      }
    }

    boolean built() {
      synchronized (CatalogIndex.this) {
        return value != null;
      }
    }
  }

  CatalogIndex(List<Org> orgs, ModelStore store) {
    orgsById = new LinkedHashMap<>();
    orgsByNameKey = new HashMap<>();
    for (Org org : orgs) {
      orgsById.put(org.id(), org);
    }
    Map<String, List<Org>> families = new HashMap<>();
    for (Org org : orgs) {
      families.computeIfAbsent(Names.key(org.family()), k -> new ArrayList<>()).add(org);
    }
    for (Org org : orgs) {
      Set<String> keys = new LinkedHashSet<>(ownKeys(org));
      String family = Names.key(org.family());
      // The org named after its family (Google, Alibaba Cloud alias Alibaba) stands for the
      // family under every name it has: 谷歌 and Qwen Team give what Google and Alibaba give.
      boolean namesake = keys.contains(family);
      keys.add(family);
      for (String key : keys) {
        List<Org> named = orgsByNameKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (Org o : namesake ? families.get(family) : List.of(org)) {
          if (!holds(named, o)) {
            named.add(o);
          }
        }
      }
    }
    this.store = store;
  }

  /**
   * Whether the list holds this very org. By identity, which is the same here (each org of a
   * catalog is one object): a record's {@code equals} is linked on its first call through method
   * handles spun at run time, which a JDK 17 class-data archive does not hold, about 10 ms of every
   * run's start-up (docs/performance.md).
   */
  private static boolean holds(List<Org> orgs, Org org) {
    for (Org o : orgs) {
      if (o == org) {
        return true;
      }
    }
    return false;
  }

  /** The keys of an org's own names: id, name, Chinese name and aliases. */
  static List<String> ownKeys(Org org) {
    List<String> keys = new ArrayList<>();
    keys.add(Names.key(org.id()));
    keys.add(Names.key(org.name()));
    if (org.nameZh() != null) {
      keys.add(Names.key(org.nameZh()));
    }
    org.aliases().forEach(a -> keys.add(Names.key(a)));
    return keys;
  }

  /** The orgs whose id, name, Chinese name, alias or family starts with this text. */
  public List<Org> orgsNamedFrom(String beginning) {
    String key = Names.key(beginning);
    List<Org> out = new ArrayList<>();
    if (key.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, List<Org>> e : orgsByNameKey.entrySet()) {
      if (e.getKey().startsWith(key)) {
        for (Org o : e.getValue()) {
          if (!holds(out, o)) {
            out.add(o);
          }
        }
      }
    }
    return out;
  }

  /** Every model under each of its keys, in catalog order. */
  private <K> Map<K, List<Model>> groupBy(
      java.util.function.Function<Model, Collection<K>> keys, Map<K, List<Model>> index) {
    for (Model m : store.all()) {
      for (K key : keys.apply(m)) {
        // Most keys (names, aliases) have one model: start lists small for big catalogs.
        index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
      }
    }
    return index;
  }

  private Map<String, Model> buildIdIndex() {
    List<Model> models = store.all();
    Map<String, Model> index = new HashMap<>(models.size() * 4 / 3 + 1);
    for (Model m : models) {
      index.put(m.id(), m);
    }
    return index;
  }

  private Map<String, List<Model>> buildNameIndex() {
    return groupBy(
        m -> {
          Set<String> keys = new LinkedHashSet<>();
          keys.add(Names.key(m.id()));
          keys.add(Names.key(m.name()));
          if (m.nameZh() != null) {
            keys.add(Names.key(m.nameZh()));
          }
          m.aliases().forEach(a -> keys.add(Names.key(a)));
          return keys;
        },
        new HashMap<>());
  }

  private Sorted buildDateIndex() {
    List<Model> dated = new ArrayList<>();
    for (Model m : store.all()) {
      if (m.dated() != null) {
        dated.add(m);
      }
    }
    // Lambdas of this class, not Comparator.comparing's own: those are spun at run time (SortKey).
    dated.sort((a, b) -> a.dated().compareTo(b.dated()));
    Model[] sorted = dated.toArray(new Model[0]);
    long[] keys = new long[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      keys[i] = sorted[i].dated().sortKey();
    }
    return new Sorted(sorted, keys);
  }

  private Sorted buildSizeIndex() {
    List<long[]> sizes = new ArrayList<>();
    List<Model> sized = new ArrayList<>();
    for (Model m : store.all()) {
      for (long size : sizesOf(m.params())) {
        sizes.add(new long[] {size, sized.size()});
        sized.add(m);
      }
    }
    sizes.sort((a, b) -> Long.compare(a[0], b[0]));
    Model[] sorted = new Model[sizes.size()];
    long[] keys = new long[sizes.size()];
    for (int i = 0; i < sizes.size(); i++) {
      keys[i] = sizes.get(i)[0];
      sorted[i] = sized.get((int) sizes.get(i)[1]);
    }
    return new Sorted(sorted, keys);
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
    return store.all();
  }

  public int size() {
    return store.size();
  }

  public Model byId(String id) {
    return byId.get().get(id);
  }

  public Org org(String id) {
    return orgsById.get(id);
  }

  public Collection<Org> orgs() {
    return orgsById.values();
  }

  /** Models whose id, name, Chinese name or an alias has this {@link Names#key}. */
  public List<Model> byName(String name) {
    return byNameKey.get().getOrDefault(Names.key(name), List.of());
  }

  /** Every name key with its models, for suggestions and completion. */
  public Map<String, List<Model>> nameKeys() {
    return java.util.Collections.unmodifiableMap(byNameKey.get());
  }

  /**
   * Orgs matching a name: an org's id, name, Chinese name or alias, or a family name (which gives
   * every org of the family).
   */
  public List<Org> orgsNamed(String name) {
    return orgsByNameKey.getOrDefault(Names.key(name), List.of());
  }

  public List<Model> byOrg(String orgId) {
    synchronized (this) {
      if (!byOrg.built()) {
        // A binary catalog can decode one org's models without the others.
        List<Model> direct = store.ofOrg(orgId);
        if (direct != null) {
          return direct;
        }
      }
    }
    return byOrg.get().getOrDefault(orgId, List.of());
  }

  /** Models that name this id among their bases. */
  public List<Model> childrenOf(String id) {
    return childrenOf.get().getOrDefault(id, List.of());
  }

  public List<Model> byOpenness(Openness openness) {
    return byOpenness.get().getOrDefault(openness, List.of());
  }

  public List<Model> byCategory(Category category) {
    return byCategory.get().getOrDefault(category, List.of());
  }

  /**
   * Models released (or, never released, announced) on days {@code fromDay..toDay} (epoch days,
   * inclusive), by binary search.
   */
  public List<Model> releasedBetween(long fromDay, long toDay) {
    Sorted index = byDate.get();
    int from = lowerBound(index.keys(), fromDay);
    int to = lowerBound(index.keys(), toDay == Long.MAX_VALUE ? toDay : toDay + 1);
    return Arrays.asList(index.models()).subList(from, Math.max(from, to));
  }

  /** Models with the release date unknown. */
  public List<Model> undated() {
    return all().stream().filter(m -> m.dated() == null).toList();
  }

  /** Models with a released size in {@code min..max} parameters (inclusive), each once. */
  public List<Model> sizedBetween(long min, long max) {
    Sorted index = bySize.get();
    int from = lowerBound(index.keys(), min);
    int to = lowerBound(index.keys(), max == Long.MAX_VALUE ? max : max + 1);
    Set<Model> out = new LinkedHashSet<>();
    for (int i = from; i < to; i++) {
      out.add(index.models()[i]);
    }
    return List.copyOf(out);
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
