package dev.llmscape.catalog;

import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index tables of a binary catalog ({@link CatalogBinary}), written after its model segments
 * from the tables {@link IndexTables.Computed} gives for the same models, and read in place: a
 * look-up binary-searches a key table in the bytes and decodes nothing else, so {@code show NAME}
 * decodes the one model it shows instead of every model to build a name index.
 *
 * <p>The section, all integers big-endian: the model table (each model's offset and length, by
 * place), the key tables of ids, name keys, bases (to the models derived from each) and org name
 * keys, the models by date and by size (a count, the sort keys, the places), one byte per model for
 * openness and one for category, the names keyed with the JDK's Unicode data (the Java feature
 * release that keyed them, or 0 when none was, as ASCII and Han names are not; a count; each name
 * and its key, for {@link #keysHoldOn}), and last a table of contents: where each of these {@value
 * #TABLES} starts. A key table is a count n, n offsets of its entries in the unsigned byte order of
 * their UTF-8 keys (for the binary search), then the entries in the order their keys first occur in
 * the catalog (so a map rebuilt from them iterates as the computed one does): the key's length and
 * bytes, a count and that many places.
 */
final class StoredIndexTables implements IndexTables {
  private static final int MODELS = 0;
  private static final int IDS = 1;
  private static final int NAMES = 2;
  private static final int CHILDREN = 3;
  private static final int ORGS = 4;
  private static final int DATES = 5;
  private static final int SIZES = 6;
  private static final int OPENNESS = 7;
  private static final int CATEGORY = 8;
  private static final int KEYS = 9;
  static final int TABLES = 10;
  private static final int[] NONE = new int[0];

  private final byte[] b;
  private final int modelCount;
  private final int orgCount;

  /** Where the binary starts in {@link #b}: the stored offsets count from there. */
  private final int base;

  /** Where each table starts in {@link #b}. */
  private final int[] at = new int[TABLES];

  /** What a table that does not read becomes: see {@link CatalogBinary.Decoded#onCorrupt}. */
  // Null until a caller sets one (no lambda: see NoLambdaStartupTest).
  private volatile java.util.function.Function<RuntimeException, RuntimeException> corrupt;

  private RuntimeException reported(RuntimeException e) {
    var report = corrupt;
    return report == null ? e : report.apply(e);
  }

  private Map<String, int[]> names;
  private Map<String, int[]> children;
  private Map<String, int[]> orgs;
  private Sorted dates;
  private Sorted sizes;

  /**
   * The tables of the binary that starts at {@code base} and ends where {@code bytes} ends.
   *
   * @param segmentsEnd where the model segments end, which is where the section must start
   * @throws IllegalArgumentException when the table of contents does not fit the bytes
   */
  StoredIndexTables(byte[] bytes, int base, int segmentsEnd, int modelCount, int orgCount) {
    this.b = bytes;
    this.base = base;
    this.modelCount = modelCount;
    this.orgCount = orgCount;
    int toc = bytes.length - 4 * TABLES;
    if (toc < segmentsEnd) {
      throw new IllegalArgumentException("no index tables");
    }
    int previous = segmentsEnd;
    for (int t = 0; t < TABLES; t++) {
      at[t] = base + readInt(toc + 4 * t);
      if (at[t] < previous || at[t] > toc) {
        throw new IllegalArgumentException("bad index table offset");
      }
      previous = at[t];
    }
    if (at[MODELS] != segmentsEnd
        || at[IDS] - at[MODELS] != 8L * modelCount
        || at[KEYS] - at[CATEGORY] != modelCount
        || at[CATEGORY] - at[OPENNESS] != modelCount
        || toc - at[KEYS] < 8) {
      throw new IllegalArgumentException("index tables of the wrong size");
    }
  }

  void onCorrupt(java.util.function.Function<RuntimeException, RuntimeException> report) {
    corrupt = report;
  }

  /** Where the record of the model at this place starts. */
  int modelOffset(int place) {
    return base + readInt(at[MODELS] + 8 * place);
  }

  /** How many bytes the record of the model at this place takes. */
  int modelLength(int place) {
    return readInt(at[MODELS] + 8 * place + 4);
  }

  @Override
  public int[] namePlaces(String key) {
    return lookup(NAMES, key, modelCount);
  }

  @Override
  public synchronized Map<String, int[]> nameTable() {
    if (names == null) {
      names = entries(NAMES, modelCount);
    }
    return names;
  }

  @Override
  public int idPlace(String id) {
    int[] places = lookup(IDS, id, modelCount);
    if (places.length > 1) {
      throw new IllegalArgumentException("an id with several places");
    }
    return places.length == 0 ? -1 : places[0];
  }

  @Override
  public int[] childPlaces(String id) {
    return lookup(CHILDREN, id, modelCount);
  }

  @Override
  public synchronized Map<String, int[]> childTable() {
    if (children == null) {
      children = entries(CHILDREN, modelCount);
    }
    return children;
  }

  @Override
  public int[] orgPlaces(String key) {
    return lookup(ORGS, key, orgCount);
  }

  @Override
  public synchronized Map<String, int[]> orgTable() {
    if (orgs == null) {
      orgs = entries(ORGS, orgCount);
    }
    return orgs;
  }

  @Override
  public synchronized Sorted byDate() {
    if (dates == null) {
      dates = sorted(DATES);
    }
    return dates;
  }

  @Override
  public synchronized Sorted bySize() {
    if (sizes == null) {
      sizes = sorted(SIZES);
    }
    return sizes;
  }

  @Override
  public byte[] openness() {
    return Arrays.copyOfRange(b, at[OPENNESS], at[OPENNESS] + modelCount);
  }

  @Override
  public byte[] category() {
    return Arrays.copyOfRange(b, at[CATEGORY], at[CATEGORY] + modelCount);
  }

  /** Whether the stored keys were written on this Java feature release, or need no Unicode data. */
  boolean keyedOn(int javaFeature) {
    int keyedBy = readInt(at[KEYS]);
    return keyedBy == 0 || keyedBy == javaFeature;
  }

  /**
   * The keys stored for the names keyed with the JDK's Unicode data: a look-up by one of these on
   * another Java release checks {@link #keysHoldOn} first.
   */
  synchronized java.util.Collection<String> unicodeKeys() {
    return unicodeKeyed().values();
  }

  /**
   * Whether the stored name and org keys are those {@link Names#key} gives on this Java feature
   * release: always when every name was keyed without the JDK's Unicode data, and on the release
   * that wrote them; on another (a jar built on JDK 17, run on 25) when keying those names again
   * gives the same keys, checked once. Normalisation and case mapping follow the JDK's Unicode
   * version; where they moved, names are looked up in keys computed from the models instead.
   */
  synchronized boolean keysHoldOn(int javaFeature) {
    if (keyedOn(javaFeature)) {
      return true;
    }
    if (keysHold == null) {
      // Another JDK: key those names again. Unicode keeps most mappings stable, so they usually
      // agree and the stored tables serve as they are.
      boolean hold = true;
      for (Map.Entry<String, String> e : unicodeKeyed().entrySet()) {
        hold &= Names.key(e.getKey()).equals(e.getValue());
      }
      keysHold = hold;
    }
    return keysHold;
  }

  /** The table of names keyed with Unicode data: each name with its stored key, read once. */
  private Map<String, String> unicodeKeyed;

  private synchronized Map<String, String> unicodeKeyed() {
    if (unicodeKeyed == null) {
      Map<String, String> names = new LinkedHashMap<>();
      int p = at[KEYS] + 4;
      int count = readInt(p);
      p += 4;
      for (int i = 0; i < count; i++) {
        int nameLength = readInt(p);
        String name = new String(b, p + 4, nameLength, StandardCharsets.UTF_8);
        p += 4 + nameLength;
        int keyLength = readInt(p);
        names.put(name, new String(b, p + 4, keyLength, StandardCharsets.UTF_8));
        p += 4 + keyLength;
      }
      unicodeKeyed = names;
    }
    return unicodeKeyed;
  }

  private Boolean keysHold;

  /**
   * Whether {@link #keysHoldOn} has keyed the names again (tests: only when a look-up needs it).
   */
  synchronized boolean keysChecked() {
    return keysHold != null;
  }

  /** Binary search of a key table for the UTF-8 bytes of {@code key}. */
  private int[] lookup(int table, String key, int limit) {
    try {
      return search(table, key, limit);
    } catch (RuntimeException e) {
      throw reported(e);
    }
  }

  private int[] search(int table, String key, int limit) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int n = count(at[table]);
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int entry = base + readInt(at[table] + 4 + 4 * mid);
      int length = count(entry);
      int c = Arrays.compareUnsigned(b, entry + 4, entry + 4 + length, k, 0, k.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return places(entry + 4 + length, limit);
      }
    }
    return NONE;
  }

  /** A key table's entries in the order written, which is the computed table's. */
  private Map<String, int[]> entries(int table, int limit) {
    try {
      return readEntries(table, limit);
    } catch (RuntimeException e) {
      throw reported(e);
    }
  }

  private Map<String, int[]> readEntries(int table, int limit) {
    int n = count(at[table]);
    Map<String, int[]> out = new LinkedHashMap<>(n * 4 / 3 + 1);
    int entry = at[table] + 4 + 4 * n;
    for (int i = 0; i < n; i++) {
      int length = count(entry);
      String key = new String(b, entry + 4, length, StandardCharsets.UTF_8);
      int[] places = places(entry + 4 + length, limit);
      out.put(key, places);
      entry += 4 + length + 4 + 4 * places.length;
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private int[] places(int where, int limit) {
    int n = count(where);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = readInt(where + 4 + 4 * i);
      if (out[i] < 0 || out[i] >= limit) {
        throw new IllegalArgumentException("a place out of range");
      }
    }
    return out;
  }

  private Sorted sorted(int table) {
    try {
      return readSorted(table);
    } catch (RuntimeException e) {
      throw reported(e);
    }
  }

  private Sorted readSorted(int table) {
    int n = count(at[table]);
    long[] keys = new long[n];
    int[] places = new int[n];
    int keysAt = at[table] + 4;
    int placesAt = keysAt + 8 * n;
    for (int i = 0; i < n; i++) {
      keys[i] =
          ((long) readInt(keysAt + 8 * i) << 32) | (readInt(keysAt + 8 * i + 4) & 0xffffffffL);
      places[i] = readInt(placesAt + 4 * i);
      if (places[i] < 0 || places[i] >= modelCount || (i > 0 && keys[i] < keys[i - 1])) {
        throw new IllegalArgumentException("a sorted table out of order");
      }
    }
    return new Sorted(keys, places);
  }

  private int count(int where) {
    int n = readInt(where);
    if (n < 0 || n > b.length - where) {
      throw new IllegalArgumentException("bad count " + n);
    }
    return n;
  }

  private int readInt(int where) {
    return ((b[where] & 0xff) << 24)
        | ((b[where + 1] & 0xff) << 16)
        | ((b[where + 2] & 0xff) << 8)
        | (b[where + 3] & 0xff);
  }

  /**
   * Writes the section for these models, whose records start at {@code offsets} (from the start of
   * the binary, which {@code out} counts) and take {@code lengths} bytes, from the tables computed
   * over the same models and orgs.
   */
  static void write(
      DataOutputStream sink,
      IndexTables tables,
      List<Model> models,
      List<Org> orgs,
      int[] offsets,
      int[] lengths)
      throws IOException {
    // Through a buffer of its own, without locks: the cache's stream checksums and buffers byte
    // by byte under a lock, and DataOutputStream writes an int as four bytes, which made writing
    // the tables of 100,000 models take about a second.
    Chunks chunks = new Chunks(sink);
    Counted out = new Counted(chunks, sink.size());
    int[] starts = new int[TABLES];
    starts[MODELS] = out.position();
    for (int place = 0; place < models.size(); place++) {
      out.writeInt(offsets[place]);
      out.writeInt(lengths[place]);
    }
    Map<String, int[]> ids = new LinkedHashMap<>(models.size() * 4 / 3 + 1);
    for (int place = 0; place < models.size(); place++) {
      ids.put(models.get(place).id(), new int[] {place});
    }
    starts[IDS] = out.position();
    keyTable(out, ids);
    starts[NAMES] = out.position();
    keyTable(out, tables.nameTable());
    starts[CHILDREN] = out.position();
    keyTable(out, tables.childTable());
    starts[ORGS] = out.position();
    keyTable(out, tables.orgTable());
    starts[DATES] = out.position();
    sorted(out, tables.byDate());
    starts[SIZES] = out.position();
    sorted(out, tables.bySize());
    starts[OPENNESS] = out.position();
    out.write(tables.openness());
    starts[CATEGORY] = out.position();
    out.write(tables.category());
    starts[KEYS] = out.position();
    List<String> unicodeKeyed = unicodeKeyed(models, orgs);
    out.writeInt(unicodeKeyed.isEmpty() ? 0 : Runtime.version().feature());
    out.writeInt(unicodeKeyed.size());
    for (String name : unicodeKeyed) {
      byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
      byte[] keyBytes = Names.key(name).getBytes(StandardCharsets.UTF_8);
      out.writeInt(nameBytes.length);
      out.write(nameBytes);
      out.writeInt(keyBytes.length);
      out.write(keyBytes);
    }
    for (int start : starts) {
      out.writeInt(start);
    }
    out.flush();
  }

  /** The names of models and orgs that are keyed with the JDK's Unicode data, each once. */
  static List<String> unicodeKeyed(List<Model> models, List<Org> orgs) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Model m : models) {
      names.add(m.id());
      names.add(m.name());
      names.add(m.nameZh());
      names.addAll(m.aliases());
    }
    for (Org o : orgs) {
      names.add(o.id());
      names.add(o.name());
      names.add(o.family());
      names.add(o.nameZh());
      names.addAll(o.aliases());
    }
    names.remove(null);
    names.removeIf(name -> Names.portable(name));
    return List.copyOf(names);
  }

  /** A stream that counts from where the binary already stands. */
  private static final class Counted extends DataOutputStream {
    private final int start;

    Counted(OutputStream out, int start) {
      super(out);
      this.start = start;
    }

    /** Bytes from the start of the binary, as the stored offsets count. */
    int position() {
      return start + size();
    }
  }

  /** Collects bytes in 64 KB chunks, handed on whole; no lock. */
  private static final class Chunks extends OutputStream {
    private final OutputStream out;
    private final byte[] chunk = new byte[1 << 16];
    private int count;

    Chunks(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (count == chunk.length) {
        flush();
      }
      chunk[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > chunk.length - count) {
        flush();
        if (len > chunk.length) {
          out.write(b, off, len);
          return;
        }
      }
      System.arraycopy(b, off, chunk, count, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.write(chunk, 0, count);
      count = 0;
      out.flush();
    }
  }

  private static void keyTable(Counted out, Map<String, int[]> table) throws IOException {
    int n = table.size();
    byte[][] keys = new byte[n][];
    int[][] values = new int[n][];
    int[] entryAt = new int[n];
    int next = out.position() + 4 + 4 * n;
    int i = 0;
    for (Map.Entry<String, int[]> e : table.entrySet()) {
      keys[i] = e.getKey().getBytes(StandardCharsets.UTF_8);
      values[i] = e.getValue();
      entryAt[i] = next;
      next += 4 + keys[i].length + 4 + 4 * values[i].length;
      i++;
    }
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> Arrays.compareUnsigned(keys[x], keys[y]));
    out.writeInt(n);
    for (int k : order) {
      out.writeInt(entryAt[k]);
    }
    for (int k = 0; k < n; k++) {
      out.writeInt(keys[k].length);
      out.write(keys[k]);
      out.writeInt(values[k].length);
      for (int v : values[k]) {
        out.writeInt(v);
      }
    }
  }

  private static void sorted(DataOutputStream out, Sorted sorted) throws IOException {
    out.writeInt(sorted.places().length);
    for (long key : sorted.keys()) {
      out.writeLong(key);
    }
    for (int place : sorted.places()) {
      out.writeInt(place);
    }
  }
}
