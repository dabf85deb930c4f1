package dev.llmscape.catalog;

import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.Relation;
import dev.llmscape.model.ReleaseDate;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a read and checked catalog: the bundled catalog compiled at build time
 * ({@link CatalogCompiler}) and the cache of big user catalogs ({@link CatalogCache}). Decoding it
 * skips JSON tokenising, and models are stored in one segment per org, so a run that asks for one
 * org decodes only that org's models ({@link Decoded}). Strings are length-prefixed UTF-8; enums
 * are stored by ordinal, so the format's {@link #FINGERPRINT} covers their constants and any change
 * to them makes old files unreadable rather than wrong. Each position names its file through a
 * table of sources, so a catalog merged from several files ({@link CatalogLayers}) keeps where
 * every entry came from.
 */
final class CatalogBinary {
  /** Changes whenever the layout or an enum changes; stored first and checked on read. */
  static final int FINGERPRINT =
      ("llmscape-catalog-binary-3"
              + Arrays.toString(Category.values())
              + Arrays.toString(Openness.values())
              + Arrays.toString(Relation.values()))
          .hashCode();

  private CatalogBinary() {}

  static byte[] write(CatalogData data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try {
      write(data, bytes);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes the binary form to a stream (the cache writes big catalogs straight to a file), flushed
   * and left open.
   */
  static void write(CatalogData data, OutputStream sink) throws IOException {
    DataOutputStream out = new DataOutputStream(sink);
    Writer w = new Writer(out, sourceTable(data));
    out.writeInt(FINGERPRINT);
    w.strs(List.copyOf(w.sources().keySet()));
    w.str(data.version());
    w.date(data.date());
    out.writeInt(data.orgs().size());
    for (Org o : data.orgs()) {
      w.str(o.id());
      w.str(o.name());
      w.str(o.nameZh());
      w.str(o.family());
      w.str(o.country());
      w.strs(o.aliases());
      w.str(o.url());
      w.str(o.mergedInto());
      w.str(o.mergedOn());
      w.str(o.notes());
      w.position(data.positions().get("org:" + o.id()));
    }
    out.writeInt(data.changelog().size());
    for (ChangelogEntry c : data.changelog()) {
      w.str(c.version());
      w.date(c.date());
      w.strs(c.changes());
    }
    w.strs(data.warnings());
    // Models by org, each with its place in the catalog, so all of them decode in order.
    Map<String, List<Integer>> byOrg = new LinkedHashMap<>();
    List<Model> models = data.models();
    for (int i = 0; i < models.size(); i++) {
      byOrg.computeIfAbsent(models.get(i).orgId(), k -> new ArrayList<>()).add(i);
    }
    out.writeInt(models.size());
    out.writeInt(byOrg.size());
    for (Map.Entry<String, List<Integer>> segment : byOrg.entrySet()) {
      ByteArrayOutputStream segmentBytes = new ByteArrayOutputStream();
      try (DataOutputStream segmentOut = new DataOutputStream(segmentBytes)) {
        Writer sw = new Writer(segmentOut, w.sources());
        for (int i : segment.getValue()) {
          segmentOut.writeInt(i);
          sw.model(models.get(i), data.positions().get(models.get(i).id()));
        }
      }
      w.str(segment.getKey());
      out.writeInt(segment.getValue().size());
      out.writeInt(segmentBytes.size());
      segmentBytes.writeTo(out);
    }
    out.flush();
  }

  /** The files positions point into, each with its place in the table; the catalog's own first. */
  private static Map<String, Integer> sourceTable(CatalogData data) {
    Map<String, Integer> table = new LinkedHashMap<>();
    table.put(data.source(), 0);
    for (SourcePosition at : data.positions().values()) {
      table.putIfAbsent(at.source(), table.size());
    }
    return table;
  }

  /** Decodes everything at once, for tests and callers that need a {@link CatalogData}. */
  static CatalogData read(byte[] bytes, int offset, String source) {
    Decoded d = decode(bytes, offset, source);
    return new CatalogData(
        source, d.version, d.date, d.orgs, d.all(), d.changelog, d.positions(), d.warnings);
  }

  /**
   * Decodes the header and the segment directory; models are decoded when asked for.
   *
   * @param source the name messages use, as when the JSON was read
   * @throws IllegalArgumentException when the bytes are not this format
   */
  static Decoded decode(byte[] bytes, int offset, String source) {
    try {
      return new Decoded(bytes, offset, source);
    } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("truncated or corrupt", e);
    }
  }

  /**
   * A catalog in binary form, decoded on demand: the orgs, changelog and warnings at once; an org's
   * models when first asked for; all models (and their positions) when anything needs them. Each
   * model is decoded once, so the same model is always the same object.
   */
  static final class Decoded implements ModelStore {
    final String source;
    final String version;
    final ReleaseDate date;
    final List<Org> orgs;
    final List<ChangelogEntry> changelog;
    final List<String> warnings;
    final Map<String, SourcePosition> orgPositions = new HashMap<>();
    private final String[] sources;
    private final byte[] bytes;
    private final int modelCount;
    private final Map<String, int[]> segments = new LinkedHashMap<>();
    private final Map<String, List<Model>> decodedSegments = new HashMap<>();
    private final Map<String, SourcePosition> modelPositions = new HashMap<>();
    private final Model[] byPlace;
    private List<Model> all;

    private Decoded(byte[] bytes, int offset, String source) {
      this.bytes = bytes;
      this.source = source;
      if (bytes.length - offset < 4 || readInt(bytes, offset) != FINGERPRINT) {
        throw new IllegalArgumentException("another format");
      }
      Reader table = new Reader(bytes, new String[0]);
      table.at = offset + 4;
      // The catalog's own positions take the caller's name for it (a path may be spelled
      // differently from when the file was cached); the others keep the file they came from.
      sources = table.strs().toArray(String[]::new);
      if (sources.length == 0) {
        throw new IllegalArgumentException("no source table");
      }
      sources[0] = source;
      Reader r = new Reader(bytes, sources);
      r.at = table.at;
      version = r.str();
      date = r.date();
      int orgCount = r.count();
      List<Org> orgList = new ArrayList<>(orgCount);
      for (int i = 0; i < orgCount; i++) {
        Org o =
            new Org(
                r.str(), r.str(), r.str(), r.str(), r.str(), r.strs(), r.str(), r.str(), r.str(),
                r.str());
        orgList.add(o);
        r.position(orgPositions, "org:" + o.id());
      }
      orgs = List.copyOf(orgList);
      int changeCount = r.count();
      List<ChangelogEntry> changes = new ArrayList<>(changeCount);
      for (int i = 0; i < changeCount; i++) {
        changes.add(new ChangelogEntry(r.str(), r.date(), r.strs()));
      }
      changelog = List.copyOf(changes);
      warnings = r.strs();
      modelCount = r.i32();
      if (modelCount < 0 || modelCount > bytes.length) {
        throw new IllegalArgumentException("bad model count");
      }
      byPlace = new Model[modelCount];
      int segmentCount = r.count();
      int total = 0;
      for (int i = 0; i < segmentCount; i++) {
        String orgId = r.str();
        int count = r.count();
        int length = r.count();
        segments.put(orgId, new int[] {r.at, length, count});
        r.at += length;
        total += count;
      }
      if (r.at != bytes.length || total != modelCount) {
        throw new IllegalArgumentException("trailing bytes or a wrong model count");
      }
    }

    /** An org's models in catalog order, decoding only its segment. */
    @Override
    public synchronized List<Model> ofOrg(String orgId) {
      List<Model> decoded = decodedSegments.get(orgId);
      if (decoded != null) {
        return decoded;
      }
      int[] segment = segments.get(orgId);
      if (segment == null) {
        return List.of();
      }
      Reader r = new Reader(bytes, sources);
      r.at = segment[0];
      Model[] out = new Model[segment[2]];
      for (int i = 0; i < out.length; i++) {
        int place = r.i32();
        Model m = r.model(modelPositions);
        byPlace[place] = m;
        out[i] = m;
      }
      if (r.at != segment[0] + segment[1]) {
        throw new IllegalArgumentException("corrupt segment for " + orgId);
      }
      List<Model> models = List.of(out);
      decodedSegments.put(orgId, models);
      return models;
    }

    @Override
    public synchronized List<Model> all() {
      if (all == null) {
        for (String orgId : segments.keySet()) {
          ofOrg(orgId);
        }
        for (Model m : byPlace) {
          if (m == null) {
            throw new IllegalArgumentException("a model is missing from its segment");
          }
        }
        all = List.of(byPlace);
      }
      return all;
    }

    @Override
    public int size() {
      return modelCount;
    }

    /** The orgs whose models have been decoded so far. */
    synchronized java.util.Set<String> decodedOrgs() {
      return java.util.Set.copyOf(decodedSegments.keySet());
    }

    /** Where each org and model starts in the JSON it was made from. */
    synchronized Map<String, SourcePosition> positions() {
      all();
      Map<String, SourcePosition> positions =
          new HashMap<>((orgPositions.size() + modelPositions.size()) * 4 / 3 + 16);
      positions.putAll(orgPositions);
      positions.putAll(modelPositions);
      return positions;
    }
  }

  private record Writer(DataOutputStream out, Map<String, Integer> sources) {
    void str(String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }

    void strs(List<String> list) throws IOException {
      out.writeInt(list.size());
      for (String s : list) {
        str(s);
      }
    }

    void date(ReleaseDate d) throws IOException {
      if (d == null) {
        out.writeShort(0);
        return;
      }
      out.writeShort(d.year());
      out.writeByte(d.month());
      out.writeByte(d.day());
    }

    void count(Long n) throws IOException {
      out.writeLong(n == null ? -1 : n);
    }

    void params(ParamSize p) throws IOException {
      out.writeBoolean(p != null);
      if (p != null) {
        str(p.text());
        count(p.min());
        count(p.max());
        strs(p.variants());
        count(p.active());
        out.writeBoolean(p.confirmed());
      }
    }

    void position(SourcePosition at) throws IOException {
      out.writeInt(at == null ? -1 : sources.get(at.source()));
      out.writeInt(at == null ? -1 : at.line());
      out.writeInt(at == null ? -1 : at.column());
    }

    void model(Model m, SourcePosition at) throws IOException {
      str(m.id());
      str(m.name());
      str(m.nameZh());
      strs(m.aliases());
      str(m.orgId());
      out.writeByte(m.category().ordinal());
      date(m.released());
      out.writeByte(m.openness().ordinal());
      params(m.params());
      out.writeInt(m.bases().size());
      for (Lineage l : m.bases()) {
        str(l.baseId());
        out.writeByte(l.relation() == null ? -1 : l.relation().ordinal());
        date(l.since());
      }
      strs(m.trainedWith());
      out.writeInt(m.links().size());
      for (Map.Entry<String, String> link : m.links().entrySet()) {
        str(link.getKey());
        str(link.getValue());
      }
      str(m.license());
      str(m.notes());
      strs(m.corrections());
      str(m.seedSection());
      position(at);
    }
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  /** A cursor over the bytes; hand-rolled because it runs before anything is JIT-compiled. */
  private static final class Reader {
    private final byte[] b;
    private final String[] sources;
    int at;

    Reader(byte[] bytes, String[] sources) {
      this.b = bytes;
      this.sources = sources;
    }

    int u8() {
      return b[at++] & 0xff;
    }

    int i8() {
      return b[at++];
    }

    int i32() {
      int v = ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8);
      v |= b[at + 3] & 0xff;
      at += 4;
      return v;
    }

    long i64() {
      return ((long) i32() << 32) | (i32() & 0xffffffffL);
    }

    int count() {
      int n = i32();
      if (n < 0 || n > b.length - at) {
        throw new IllegalArgumentException("bad count " + n);
      }
      return n;
    }

    String str() {
      int n = i32();
      if (n < 0) {
        return null;
      }
      String s = new String(b, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }

    List<String> strs() {
      int n = count();
      if (n == 0) {
        return List.of();
      }
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = str();
      }
      return List.of(out);
    }

    ReleaseDate date() {
      int year = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
      at += 2;
      if (year == 0) {
        return null;
      }
      return new ReleaseDate(year, u8(), u8());
    }

    Long optCount() {
      long v = i64();
      return v < 0 ? null : v;
    }

    ParamSize params() {
      if (u8() == 0) {
        return null;
      }
      return new ParamSize(str(), optCount(), optCount(), strs(), optCount(), u8() != 0);
    }

    Model model(Map<String, SourcePosition> positions) {
      String id = str();
      String name = str();
      String nameZh = str();
      List<String> aliases = strs();
      String org = str();
      Category category = Category.values()[u8()];
      ReleaseDate released = date();
      Openness openness = Openness.values()[u8()];
      ParamSize params = params();
      int baseCount = count();
      List<Lineage> bases = new ArrayList<>(baseCount);
      for (int b = 0; b < baseCount; b++) {
        String baseId = str();
        int relation = i8();
        bases.add(new Lineage(baseId, relation < 0 ? null : Relation.values()[relation], date()));
      }
      List<String> trainedWith = strs();
      int linkCount = count();
      Map<String, String> links = new LinkedHashMap<>();
      for (int l = 0; l < linkCount; l++) {
        links.put(str(), str());
      }
      Model m =
          new Model(
              id,
              name,
              nameZh,
              aliases,
              org,
              category,
              released,
              openness,
              params,
              bases,
              trainedWith,
              links,
              str(),
              str(),
              strs(),
              str());
      position(positions, id);
      return m;
    }

    void position(Map<String, SourcePosition> positions, String key) {
      int source = i32();
      int line = i32();
      int column = i32();
      if (source >= 0) {
        positions.put(key, new SourcePosition(sources[source], line, column));
      }
    }
  }
}
