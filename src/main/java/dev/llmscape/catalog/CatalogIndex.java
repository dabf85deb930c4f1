package dev.llmscape.catalog;

import dev.llmscape.model.Category;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The immutable in-memory indexes over one catalog: by id, by name and alias, by org and family, by
 * release date and parameter size (sorted, for ranges), by openness and category, and from each
 * base to the models derived from it. Each is built on its first use, so a run pays only for the
 * indexes its query touches (listing one org of a 100,000-model catalog never sorts it by date or
 * size). A binary catalog brings its tables ({@link StoredIndexTables}): a look-up reads them and
 * decodes only the models it answers with, an org's models by its segment.
 */
public final class CatalogIndex {
  private final ModelStore store;
  private final List<Org> orgList;
  private final Map<String, Org> orgsById;
  private final IndexTables tables;

  /**
   * The tables name and org look-ups read: {@link #tables}, unless those were stored by a JDK whose
   * Unicode keys some name differently ({@link StoredIndexTables#keysHoldOn}); then computed from
   * the models, as a catalog read from JSON is.
   */
  private IndexTables keyTables;

  private final int javaFeature;

  private Map<String, List<Model>> nameKeys;
  private Map<String, List<Org>> orgsByNameKey;
  private Map<String, List<Model>> byOrg;

  CatalogIndex(List<Org> orgs, ModelStore store) {
    this(orgs, store, Runtime.version().feature());
  }

  /** The same, as on the Java feature release given (tests: a jar built on another JDK). */
  CatalogIndex(List<Org> orgs, ModelStore store, int javaFeature) {
    this.store = store;
    this.orgList = orgs;
    orgsById = new LinkedHashMap<>();
    for (Org org : orgs) {
      orgsById.put(org.id(), org);
    }
    IndexTables stored = store.tables();
    tables = stored != null ? stored : new IndexTables.Computed(orgs, store);
    this.javaFeature = javaFeature;
  }

  /**
   * Models by place, decoded as they are read: a look-up's result is decoded only where it is used
   * (the query engine reads only the smallest of its candidate lists).
   */
  private final class Placed extends AbstractList<Model> implements RandomAccess {
    private final int[] places;

    Placed(int[] places) {
      this.places = places;
    }

    @Override
    public Model get(int i) {
      return store.model(places[i]);
    }

    @Override
    public int size() {
      return places.length;
    }
  }

  private List<Org> orgsAt(int[] places) {
    Org[] out = new Org[places.length];
    for (int i = 0; i < places.length; i++) {
      out[i] = orgList.get(places[i]);
    }
    return Arrays.asList(out);
  }

  /** The orgs whose id, name, Chinese name, alias or family starts with this text. */
  public List<Org> orgsNamedFrom(String beginning) {
    String key = Names.key(beginning);
    List<Org> out = new ArrayList<>();
    if (key.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, List<Org>> e : orgNameKeys().entrySet()) {
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

  /**
   * Every org name key with its orgs, in a hash map filled in the order the keys were first met:
   * the order {@link #orgsNamedFrom} has always iterated in, whichever way the table was made.
   */
  private synchronized Map<String, List<Org>> orgNameKeys() {
    if (orgsByNameKey == null) {
      Map<String, List<Org>> map = new HashMap<>();
      for (Map.Entry<String, int[]> e : keyTables().orgTable().entrySet()) {
        map.put(e.getKey(), orgsAt(e.getValue()));
      }
      orgsByNameKey = map;
    }
    return orgsByNameKey;
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
    long[] sizes = new long[out.size()];
    int i = 0;
    for (long size : out) {
      sizes[i++] = size;
    }
    return sizes;
  }

  public Collection<Model> all() {
    return store.all();
  }

  public int size() {
    return store.size();
  }

  public Model byId(String id) {
    int place = tables.idPlace(id);
    if (place < 0) {
      return null;
    }
    Model m = store.model(place);
    if (!m.id().equals(id)) {
      throw store.damaged("the id table names " + m.id() + " for " + id);
    }
    return m;
  }

  /** A model's position in catalog order (from 0), or -1 for an id the catalog does not have. */
  public int positionOf(String id) {
    return byId(id) == null ? -1 : tables.idPlace(id);
  }

  public Org org(String id) {
    return orgsById.get(id);
  }

  public Collection<Org> orgs() {
    return orgsById.values();
  }

  /** See {@link #keyTables}: decided on the first name or org look-up. */
  private synchronized IndexTables keyTables() {
    if (keyTables == null) {
      keyTables =
          tables instanceof StoredIndexTables stored && !stored.keysHoldOn(javaFeature)
              ? new IndexTables.Computed(orgList, store)
              : tables;
    }
    return keyTables;
  }

  /**
   * The tables a look-up of {@code name} (whose key is {@code key}) reads. The stored tables serve
   * without a check while the stored keys were written on this Java release; on another, a name
   * keyed by the JDK's Unicode data, or one whose key is stored for such a name, first has those
   * names keyed again ({@link #keyTables}). An ASCII or Han name's key is the same on every JDK,
   * and so is every stored key it can meet but those: only a character that the writing JDK's
   * Unicode did not yet have, normalised to ASCII by a later one, could still escape
   * (docs/development.md).
   */
  private IndexTables tablesFor(String name, String key) {
    if (tables instanceof StoredIndexTables stored
        && !stored.keyedOn(javaFeature)
        && (!Names.portable(name) || stored.unicodeKeys().contains(key))) {
      return keyTables();
    }
    return tables;
  }

  /** Models whose id, name, Chinese name or an alias has this {@link Names#key}. */
  public List<Model> byName(String name) {
    String key = Names.key(name);
    return new Placed(tablesFor(name, key).namePlaces(key));
  }

  /**
   * Every name key with its models, for suggestions and completion: a hash map filled in the order
   * the keys first occur in the catalog, so it iterates as it always has.
   */
  public synchronized Map<String, List<Model>> nameKeys() {
    if (nameKeys == null) {
      Map<String, List<Model>> map = new HashMap<>();
      for (Map.Entry<String, int[]> e : keyTables().nameTable().entrySet()) {
        map.put(e.getKey(), new Placed(e.getValue()));
      }
      nameKeys = java.util.Collections.unmodifiableMap(map);
    }
    return nameKeys;
  }

  /**
   * Orgs matching a name: an org's id, name, Chinese name or alias, or a family name (which gives
   * every org of the family).
   */
  public List<Org> orgsNamed(String name) {
    String key = Names.key(name);
    return orgsAt(tablesFor(name, key).orgPlaces(key));
  }

  public List<Model> byOrg(String orgId) {
    synchronized (this) {
      if (byOrg == null) {
        // A binary catalog can decode one org's models without the others.
        List<Model> direct = store.ofOrg(orgId);
        if (direct != null) {
          return direct;
        }
        Map<String, List<Model>> index = new HashMap<>();
        for (Model m : store.all()) {
          index.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m);
        }
        byOrg = index;
      }
    }
    return byOrg.getOrDefault(orgId, List.of());
  }

  /**
   * The models of these orgs, org by org: from a binary catalog's tables without decoding them (a
   * query decodes only the candidates left after {@link #narrowed}), else from the org index.
   */
  public List<Model> inOrgs(Collection<String> orgIds) {
    List<int[]> parts = new ArrayList<>();
    int total = 0;
    for (String id : orgIds) {
      int[] places = store.orgPlaces(id);
      if (places == null) {
        List<Model> out = new ArrayList<>();
        for (String org : orgIds) {
          out.addAll(byOrg(org));
        }
        return out;
      }
      parts.add(places);
      total += places.length;
    }
    int[] all = new int[total];
    int n = 0;
    for (int[] places : parts) {
      System.arraycopy(places, 0, all, n, places.length);
      n += places.length;
    }
    return new Placed(all);
  }

  /**
   * The models of {@code candidates} that are also in {@code others}, in {@code candidates}' order,
   * decoding neither, where both come from this index's tables; else {@code candidates} as it is.
   * Both are candidate lists of AND-ed conditions, so what a model must pass is unchanged.
   */
  public List<Model> narrowed(List<Model> candidates, List<Model> others) {
    if (!(candidates instanceof Placed a) || !(others instanceof Placed b)) {
      return candidates;
    }
    boolean[] in = new boolean[store.size()];
    for (int place : b.places) {
      in[place] = true;
    }
    int[] kept = new int[a.places.length];
    int n = 0;
    for (int place : a.places) {
      if (in[place]) {
        kept[n++] = place;
      }
    }
    return new Placed(Arrays.copyOf(kept, n));
  }

  /** Models that name this id among their bases. */
  public List<Model> childrenOf(String id) {
    return new Placed(tables.childPlaces(id));
  }

  public List<Model> byOpenness(Openness openness) {
    return withOrdinal(tables.openness(), openness.ordinal());
  }

  public List<Model> byCategory(Category category) {
    return withOrdinal(tables.category(), category.ordinal());
  }

  /** The models whose byte in this column is {@code ordinal}, in catalog order. */
  private List<Model> withOrdinal(byte[] column, int ordinal) {
    int n = 0;
    int[] places = new int[column.length];
    for (int place = 0; place < column.length; place++) {
      if (column[place] == ordinal) {
        places[n++] = place;
      }
    }
    return new Placed(Arrays.copyOf(places, n));
  }

  /**
   * Models released (or, never released, announced) on days {@code fromDay..toDay} (epoch days,
   * inclusive), by binary search.
   */
  public List<Model> releasedBetween(long fromDay, long toDay) {
    IndexTables.Sorted index = tables.byDate();
    int from = lowerBound(index.keys(), fromDay);
    int to = lowerBound(index.keys(), toDay == Long.MAX_VALUE ? toDay : toDay + 1);
    return new Placed(Arrays.copyOfRange(index.places(), from, Math.max(from, to)));
  }

  /** Models with the release date unknown, in catalog order. */
  public List<Model> undated() {
    boolean[] dated = new boolean[store.size()];
    for (int place : tables.byDate().places()) {
      dated[place] = true;
    }
    int n = 0;
    int[] places = new int[dated.length];
    for (int place = 0; place < dated.length; place++) {
      if (!dated[place]) {
        places[n++] = place;
      }
    }
    return new Placed(Arrays.copyOf(places, n));
  }

  /** Models with a released size in {@code min..max} parameters (inclusive), each once. */
  public List<Model> sizedBetween(long min, long max) {
    IndexTables.Sorted index = tables.bySize();
    int from = lowerBound(index.keys(), min);
    int to = lowerBound(index.keys(), max == Long.MAX_VALUE ? max : max + 1);
    // Each model once, where its first size in the range puts it.
    boolean[] seen = new boolean[store.size()];
    int n = 0;
    int[] places = new int[Math.max(0, to - from)];
    for (int i = from; i < to; i++) {
      int place = index.places()[i];
      if (!seen[place]) {
        seen[place] = true;
        places[n++] = place;
      }
    }
    return new Placed(Arrays.copyOf(places, n));
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
