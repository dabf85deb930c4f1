package dev.llmscape.catalog;

import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The look-up tables behind {@link CatalogIndex}, in places: a model's place is its position in
 * catalog order, an org's its position in the catalog's org list. Computed from the models ({@link
 * Computed}), or stored in a binary catalog when it was written ({@link StoredIndexTables}), so
 * that a look-up by name, id, base, size or date reads a table and decodes only the models it
 * answers with. Both give the same tables for the same catalog: the binary's are written from
 * {@link Computed}'s.
 */
interface IndexTables {
  /** The places of the models with this name key ({@link Names#key}), in catalog order. */
  int[] namePlaces(String key);

  /** Every model name key with its places, in the order the keys first occur in the catalog. */
  Map<String, int[]> nameTable();

  /** The place of the model with this id, or -1. */
  int idPlace(String id);

  /** The places of the models that name this id among their bases, each once, in catalog order. */
  int[] childPlaces(String id);

  /** Every id that is a base, with {@link #childPlaces}, in the order first named. */
  Map<String, int[]> childTable();

  /** The places of the orgs an org name key stands for (see {@link Computed#orgTable}). */
  int[] orgPlaces(String key);

  /** Every org name key with {@link #orgPlaces}, in the order the keys were first met. */
  Map<String, int[]> orgTable();

  /** Dated models by {@link Model#dated()} (stable), with each date's sort key. */
  Sorted byDate();

  /** Every released size of every model ({@link CatalogIndex#sizesOf}), ascending (stable). */
  Sorted bySize();

  /** Each model's {@link dev.llmscape.model.Openness} ordinal, by place. */
  byte[] openness();

  /** Each model's {@link dev.llmscape.model.Category} ordinal, by place. */
  byte[] category();

  /** Places sorted by a key, with the keys alongside for binary search. */
  record Sorted(long[] keys, int[] places) {}

  /** An int array that grows; the tables hold many small lists of places. */
  final class Places {
    private int[] items = new int[1];
    private int size;

    void add(int place) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = place;
    }

    boolean endsWith(int place) {
      return size > 0 && items[size - 1] == place;
    }

    boolean contains(int place) {
      for (int i = 0; i < size; i++) {
        if (items[i] == place) {
          return true;
        }
      }
      return false;
    }

    int[] toArray() {
      return size == items.length ? items : Arrays.copyOf(items, size);
    }
  }

  /** The tables computed from the models, each on its first use. */
  final class Computed implements IndexTables {
    private static final int[] NONE = new int[0];
    private final List<Org> orgs;
    private final ModelStore store;
    private Map<String, int[]> names;
    private Map<String, Integer> ids;
    private Map<String, int[]> children;
    private Map<String, int[]> orgKeys;
    private Sorted dates;
    private Sorted sizes;
    private byte[] openness;
    private byte[] category;

    Computed(List<Org> orgs, ModelStore store) {
      this.orgs = orgs;
      this.store = store;
    }

    @Override
    public int[] namePlaces(String key) {
      return nameTable().getOrDefault(key, NONE);
    }

    @Override
    public synchronized Map<String, int[]> nameTable() {
      if (names == null) {
        Map<String, Places> index = new LinkedHashMap<>();
        List<Model> models = store.all();
        for (int place = 0; place < models.size(); place++) {
          Model m = models.get(place);
          // One entry per key and model, though a model's name and alias may share a key.
          add(index, Names.key(m.id()), place);
          add(index, Names.key(m.name()), place);
          if (m.nameZh() != null) {
            add(index, Names.key(m.nameZh()), place);
          }
          for (String alias : m.aliases()) {
            add(index, Names.key(alias), place);
          }
        }
        names = frozen(index);
      }
      return names;
    }

    private static void add(Map<String, Places> index, String key, int place) {
      Places places = index.computeIfAbsent(key, k -> new Places());
      if (!places.endsWith(place)) {
        places.add(place);
      }
    }

    /**
     * The lists as arrays, in place rather than in a copy of the map: a name table of 100,000
     * models has 300,000 keys, and the cache computes it beside the loaded catalog.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, int[]> frozen(Map<String, Places> index) {
      Map<String, Object> raw = (Map<String, Object>) (Map<String, ?>) index;
      for (Map.Entry<String, Object> e : raw.entrySet()) {
        e.setValue(((Places) e.getValue()).toArray());
      }
      return java.util.Collections.unmodifiableMap((Map<String, int[]>) (Map<String, ?>) raw);
    }

    @Override
    public synchronized int idPlace(String id) {
      if (ids == null) {
        List<Model> models = store.all();
        Map<String, Integer> index = new HashMap<>(models.size() * 4 / 3 + 1);
        for (int place = 0; place < models.size(); place++) {
          index.put(models.get(place).id(), place);
        }
        ids = index;
      }
      Integer place = ids.get(id);
      return place == null ? -1 : place;
    }

    @Override
    public int[] childPlaces(String id) {
      return childTable().getOrDefault(id, NONE);
    }

    @Override
    public synchronized Map<String, int[]> childTable() {
      if (children == null) {
        Map<String, Places> index = new LinkedHashMap<>();
        List<Model> models = store.all();
        for (int place = 0; place < models.size(); place++) {
          for (var edge : models.get(place).bases()) {
            add(index, edge.baseId(), place);
          }
        }
        children = frozen(index);
      }
      return children;
    }

    @Override
    public int[] orgPlaces(String key) {
      return orgTable().getOrDefault(key, NONE);
    }

    /**
     * Each org under its own keys (id, name, Chinese name, aliases) and its family's; the org named
     * after its family (Google, Alibaba Cloud alias Alibaba) stands for the whole family under
     * every name it has: 谷歌 and Qwen Team give what Google and Alibaba give.
     */
    @Override
    public synchronized Map<String, int[]> orgTable() {
      if (orgKeys == null) {
        Map<String, List<Integer>> families = new HashMap<>();
        for (int place = 0; place < orgs.size(); place++) {
          families
              .computeIfAbsent(Names.key(orgs.get(place).family()), k -> new ArrayList<>())
              .add(place);
        }
        Map<String, Places> index = new LinkedHashMap<>();
        for (int place = 0; place < orgs.size(); place++) {
          Org org = orgs.get(place);
          Set<String> keys = new LinkedHashSet<>(ownKeys(org));
          String family = Names.key(org.family());
          boolean namesake = keys.contains(family);
          keys.add(family);
          for (String key : keys) {
            Places named = index.computeIfAbsent(key, k -> new Places());
            for (int o : namesake ? families.get(family) : List.of(place)) {
              if (!named.contains(o)) {
                named.add(o);
              }
            }
          }
        }
        orgKeys = frozen(index);
      }
      return orgKeys;
    }

    /** The keys of an org's own names: id, name, Chinese name and aliases. */
    static List<String> ownKeys(Org org) {
      List<String> keys = new ArrayList<>();
      keys.add(Names.key(org.id()));
      keys.add(Names.key(org.name()));
      if (org.nameZh() != null) {
        keys.add(Names.key(org.nameZh()));
      }
      for (String alias : org.aliases()) {
        keys.add(Names.key(alias));
      }
      return keys;
    }

    @Override
    public synchronized Sorted byDate() {
      if (dates == null) {
        List<Model> models = store.all();
        // Each dated model as its date's order key and its place in one long, sorted as
        // primitives: the same order as a stable sort by ReleaseDate.compareTo, without a
        // comparison of two dates (each making two LocalDates) per step.
        long[] sorted = new long[models.size()];
        int n = 0;
        for (int place = 0; place < models.size(); place++) {
          ReleaseDate d = models.get(place).dated();
          if (d != null) {
            sorted[n++] = (d.orderKey() << 32) | place;
          }
        }
        Arrays.sort(sorted, 0, n);
        long[] keys = new long[n];
        int[] places = new int[n];
        for (int i = 0; i < n; i++) {
          places[i] = (int) sorted[i];
          keys[i] = models.get(places[i]).dated().sortKey();
        }
        dates = new Sorted(keys, places);
      }
      return dates;
    }

    @Override
    public synchronized Sorted bySize() {
      if (sizes == null) {
        List<long[]> pairs = new ArrayList<>();
        List<Model> models = store.all();
        for (int place = 0; place < models.size(); place++) {
          for (long size : CatalogIndex.sizesOf(models.get(place).params())) {
            pairs.add(new long[] {size, place});
          }
        }
        pairs.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] keys = new long[pairs.size()];
        int[] places = new int[pairs.size()];
        for (int i = 0; i < places.length; i++) {
          keys[i] = pairs.get(i)[0];
          places[i] = (int) pairs.get(i)[1];
        }
        sizes = new Sorted(keys, places);
      }
      return sizes;
    }

    @Override
    public synchronized byte[] openness() {
      if (openness == null) {
        List<Model> models = store.all();
        byte[] column = new byte[models.size()];
        for (int place = 0; place < column.length; place++) {
          column[place] = (byte) models.get(place).openness().ordinal();
        }
        openness = column;
      }
      return openness;
    }

    @Override
    public synchronized byte[] category() {
      if (category == null) {
        List<Model> models = store.all();
        byte[] column = new byte[models.size()];
        for (int place = 0; place < column.length; place++) {
          column[place] = (byte) models.get(place).category().ordinal();
        }
        category = column;
      }
      return category;
    }
  }
}
