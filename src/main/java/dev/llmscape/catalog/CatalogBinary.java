package dev.llmscape.catalog;

import dev.llmscape.model.Access;
import dev.llmscape.model.Architecture;
import dev.llmscape.model.Category;
import dev.llmscape.model.ExternalIds;
import dev.llmscape.model.Figure;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Modalities;
import dev.llmscape.model.Modality;
import dev.llmscape.model.Model;
import dev.llmscape.model.ModelFacts;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.Relation;
import dev.llmscape.model.ReleaseDate;
import dev.llmscape.model.Training;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
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
 * are stored by ordinal. Each stored type has one codec ({@link Codec}) with its write and read
 * side by side, and the format's {@link #fingerprint} is derived from the stored records'
 * components and the enums' constants ({@link #layout}), so any change to them makes old files
 * unreadable rather than wrong. Each position names its file through a table of sources, so a
 * catalog merged from several files ({@link CatalogLayers}) keeps where every entry came from. The
 * bundled and installed binaries end in index tables ({@link StoredIndexTables}), so that a look-up
 * by name, id, base, size or date decodes only the models it answers with; a cache entry's ends
 * after its segments, and its index is computed from the models.
 */
final class CatalogBinary {
  /**
   * The types the binary form stores, records and enums. The {@link #fingerprint} is derived from
   * their components and constants, so adding a field to a record (and its codec below) or a
   * constant to an enum makes old files unreadable rather than wrong, without a version to bump.
   */
  static final List<Class<?>> STORED_TYPES =
      List.of(
          Org.class,
          ChangelogEntry.class,
          Model.class,
          ParamSize.class,
          Lineage.class,
          ModelFacts.class,
          Modalities.class,
          Training.class,
          Figure.class,
          ExternalIds.class,
          ReleaseDate.class,
          SourcePosition.class,
          Category.class,
          Openness.class,
          Relation.class,
          Access.class,
          Architecture.class,
          Modality.class);

  /**
   * The layout's identity, stored first and checked on read: {@link #layout}'s hash. Reflection
   * costs start-up time, so it runs at build time, when {@link CatalogCompiler} writes the bundled
   * binary with it; at run time the fingerprint is read back from there (the jar's classes and its
   * binary are built together). Without a bundled binary it is computed.
   */
  static int fingerprint() {
    return Fingerprint.VALUE;
  }

  private static final class Fingerprint {
    static final int VALUE = fromBundledBinary();

    private static int fromBundledBinary() {
      try (InputStream in = CatalogBinary.class.getResourceAsStream(CatalogLoader.BUNDLED_BINARY)) {
        byte[] head = in == null ? new byte[0] : in.readNBytes(4);
        if (head.length == 4) {
          return readInt(head, 0);
        }
      } catch (IOException e) {
        // computed below
      }
      return layout().hashCode();
    }
  }

  /**
   * A description of the layout: each stored record's components (name and type) and each enum's
   * constants, in {@link #STORED_TYPES} order. A codec writes a record's components in this order.
   */
  static String layout() {
    // The version of what the records do not describe: the segments and the index tables
    // (StoredIndexTables). Change it with them.
    StringBuilder sb = new StringBuilder("llmscape-catalog-binary;index-tables-2");
    for (Class<?> type : STORED_TYPES) {
      sb.append(';').append(type.getSimpleName());
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          sb.append(' ').append(c.getName()).append(':').append(typeName(c.getGenericType()));
        }
      } else {
        sb.append(Arrays.toString(type.getEnumConstants()));
      }
    }
    return sb.toString();
  }

  private static String typeName(Type t) {
    if (t instanceof Class<?> c) {
      return c.getSimpleName();
    }
    if (t instanceof ParameterizedType p) {
      StringBuilder sb = new StringBuilder(typeName(p.getRawType())).append('<');
      for (Type arg : p.getActualTypeArguments()) {
        sb.append(typeName(arg)).append(',');
      }
      return sb.append('>').toString();
    }
    return t.getTypeName();
  }

  private CatalogBinary() {}

  static byte[] write(CatalogData data) {
    return write(data, fingerprint());
  }

  /** Writes with this fingerprint: the build's reflective one for the bundled binary. */
  static byte[] write(CatalogData data, int fingerprint) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try {
      write(data, bytes, fingerprint, true);
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
    write(data, sink, fingerprint(), true);
  }

  /**
   * The same, with or without the index tables ({@link StoredIndexTables}). The cache of big user
   * catalogs writes none: computing them on the first read of 100,000 models cost about 0.6 s of
   * CPU and 30 MB more memory, on a read the issue holds to jq's time and memory, and their
   * look-ups were the ones that decoded every model before (docs/performance.md).
   */
  static void write(CatalogData data, OutputStream sink, boolean tables) throws IOException {
    write(data, sink, fingerprint(), tables);
  }

  private static void write(CatalogData data, OutputStream sink, int fingerprint, boolean tables)
      throws IOException {
    DataOutputStream out = new DataOutputStream(sink);
    Writer w = new Writer(out, sourceTable(data));
    out.writeInt(fingerprint);
    w.strs(List.copyOf(w.sources().keySet()));
    w.str(data.version());
    w.date(data.date());
    out.writeInt(data.orgs().size());
    for (Org o : data.orgs()) {
      ORG.write(w, o);
      w.position(data.positions().get("org:" + o.id()));
    }
    w.list(CHANGELOG, data.changelog());
    w.strs(data.warnings());
    // Models by org, each with its place in the catalog, so all of them decode in order.
    Map<String, List<Integer>> byOrg = new LinkedHashMap<>();
    List<Model> models = data.models();
    for (int i = 0; i < models.size(); i++) {
      byOrg.computeIfAbsent(models.get(i).orgId(), k -> new ArrayList<>()).add(i);
    }
    out.writeInt(models.size());
    out.writeInt(byOrg.size());
    // Where each model's record starts in a segment, then in the binary (out counts its bytes).
    int[] offsets = new int[models.size()];
    int[] lengths = new int[models.size()];
    for (Map.Entry<String, List<Integer>> segment : byOrg.entrySet()) {
      SegmentBytes segmentBytes = new SegmentBytes();
      try (DataOutputStream segmentOut = new DataOutputStream(segmentBytes)) {
        Writer sw = new Writer(segmentOut, w.sources());
        for (int i : segment.getValue()) {
          offsets[i] = segmentOut.size();
          segmentOut.writeInt(i);
          MODEL.write(sw, models.get(i));
          sw.position(data.positions().get(models.get(i).id()));
          lengths[i] = segmentOut.size() - offsets[i];
        }
      }
      w.str(segment.getKey());
      out.writeInt(segment.getValue().size());
      out.writeInt(segmentBytes.size());
      for (int i : segment.getValue()) {
        offsets[i] += out.size();
      }
      segmentBytes.writeTo(out);
    }
    if (!tables) {
      out.flush();
      return;
    }
    StoredIndexTables.write(
        out,
        new IndexTables.Computed(data.orgs(), ModelStore.of(models)),
        models,
        data.orgs(),
        offsets,
        lengths);
    out.flush();
  }

  /**
   * A segment's bytes in memory, written without a lock: {@link ByteArrayOutputStream}'s methods
   * are synchronized, and {@link DataOutputStream} writes an int as four single bytes, so a
   * 1,000,000-model catalog took hundreds of millions of lock operations to write (about 4 s of its
   * cache entry's 4.5 s).
   */
  private static final class SegmentBytes extends ByteArrayOutputStream {
    @Override
    public void write(int b) {
      room(1);
      buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      room(len);
      System.arraycopy(b, off, buf, count, len);
      count += len;
    }

    private void room(int more) {
      if (count + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(count + more, buf.length * 2));
      }
    }
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
    return decode(bytes, offset, source, fingerprint());
  }

  /**
   * Decodes the binary the jar was built with: its fingerprint is this build's by construction, so
   * it is not checked (which would read it twice).
   */
  static Decoded decodeBundled(byte[] bytes, String source) {
    if (bytes.length < 4) {
      throw new IllegalArgumentException("truncated");
    }
    return decode(bytes, 0, source, readInt(bytes, 0));
  }

  private static Decoded decode(byte[] bytes, int offset, String source, int fingerprint) {
    try {
      return new Decoded(bytes, offset, source, fingerprint);
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

    /** Which places a decoded segment has held, to catch a place claimed twice. */
    private final boolean[] inSegment;

    private final StoredIndexTables tables;
    private List<Model> all;

    /**
     * What a segment that does not decode becomes: the bundled and installed binaries are checked
     * when written, so an exception as it is; a big cache entry, decoded as queries ask rather than
     * checked whole at the look-up, a {@link CatalogException} naming it ({@link CatalogCache}).
     */
    // Null until a caller sets one (no lambda: see NoLambdaStartupTest).
    private java.util.function.Function<RuntimeException, RuntimeException> corrupt;

    private Decoded(byte[] bytes, int offset, String source, int fingerprint) {
      this.bytes = bytes;
      this.source = source;
      if (bytes.length - offset < 4 || readInt(bytes, offset) != fingerprint) {
        throw new IllegalArgumentException("another format");
      }
      Reader table = new Reader(bytes, new String[0]);
      table.at = offset + 4;
      // The catalog's own positions take the caller's name for it (a path may be spelled
      // differently from when the file was cached); the others keep the file they came from.
      sources = table.strs().toArray(new String[0]);
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
        Org o = ORG.read(r);
        orgList.add(o);
        r.position(orgPositions, "org:" + o.id());
      }
      orgs = List.copyOf(orgList);
      changelog = r.list(CHANGELOG);
      warnings = r.strs();
      modelCount = r.i32();
      if (modelCount < 0 || modelCount > bytes.length) {
        throw new IllegalArgumentException("bad model count");
      }
      byPlace = new Model[modelCount];
      inSegment = new boolean[modelCount];
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
      if (total != modelCount) {
        throw new IllegalArgumentException("a wrong model count");
      }
      // Index tables follow the segments, or nothing does (a cache entry's binary).
      tables =
          r.at == bytes.length
              ? null
              : new StoredIndexTables(bytes, offset, r.at, modelCount, orgs.size());
    }

    /** What {@code e} is reported as: see {@link #onCorrupt}. */
    private synchronized RuntimeException reported(RuntimeException e) {
      return corrupt == null ? e : corrupt.apply(e);
    }

    /** Sets what a segment that does not decode is reported as (see {@link #corrupt}). */
    synchronized void onCorrupt(
        java.util.function.Function<RuntimeException, RuntimeException> report) {
      corrupt = report;
      if (tables != null) {
        tables.onCorrupt(report);
      }
    }

    /** The stored index tables, or null when this binary has none (then they are computed). */
    @Override
    public IndexTables tables() {
      return tables;
    }

    /** The model at this place, decoding its record alone if no segment has held it yet. */
    @Override
    public synchronized Model model(int place) {
      Model m = byPlace[place];
      if (m != null) {
        return m;
      }
      if (tables == null) {
        return all().get(place);
      }
      try {
        int start = tables.modelOffset(place);
        Reader r = new Reader(bytes, sources);
        r.at = start;
        if (r.i32() != place) {
          throw new IllegalArgumentException("a model's record at the wrong place");
        }
        m = MODEL.read(r);
        r.position(modelPositions, m.id());
        if (r.at != start + tables.modelLength(place) || !segments.containsKey(m.orgId())) {
          throw new IllegalArgumentException("a model's record of the wrong length or org");
        }
      } catch (RuntimeException e) {
        throw reported(e);
      }
      byPlace[place] = m;
      return m;
    }

    @Override
    public RuntimeException damaged(String what) {
      return reported(new IllegalArgumentException(what));
    }

    /** The places whose records lie in the org's segment, from the stored model table. */
    @Override
    public synchronized int[] orgPlaces(String orgId) {
      if (tables == null) {
        return null;
      }
      int[] segment = segments.get(orgId);
      if (segment == null) {
        return new int[0];
      }
      int[] places = new int[segment[2]];
      int n = 0;
      for (int place = 0; place < modelCount && n < places.length; place++) {
        int at = tables.modelOffset(place);
        if (at >= segment[0] && at < segment[0] + segment[1]) {
          places[n++] = place;
        }
      }
      if (n != places.length) {
        throw reported(new IllegalArgumentException("corrupt segment for " + orgId));
      }
      return places;
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
      try {
        List<Model> models = decodeSegment(orgId, segment);
        decodedSegments.put(orgId, models);
        return models;
      } catch (RuntimeException e) {
        throw reported(e);
      }
    }

    private List<Model> decodeSegment(String orgId, int[] segment) {
      Reader r = new Reader(bytes, sources);
      r.at = segment[0];
      Model[] out = new Model[segment[2]];
      for (int i = 0; i < out.length; i++) {
        int place = r.i32();
        Model m = MODEL.read(r);
        r.position(modelPositions, m.id());
        // Cheap checks that a model is where it says: the whole catalog's consistency was
        // checked before it was written, and only a damaged segment can break these.
        if (!m.orgId().equals(orgId) || inSegment[place]) {
          throw new IllegalArgumentException("corrupt segment for " + orgId);
        }
        inSegment[place] = true;
        if (byPlace[place] == null) {
          byPlace[place] = m;
        } else if (!byPlace[place].id().equals(m.id())) {
          throw new IllegalArgumentException("corrupt segment for " + orgId);
        }
        // A model decoded alone before (a look-up by name) stays the one object for it.
        out[i] = byPlace[place];
      }
      if (r.at != segment[0] + segment[1]) {
        throw new IllegalArgumentException("corrupt segment for " + orgId);
      }
      return List.of(out);
    }

    @Override
    public synchronized List<Model> all() {
      if (all == null) {
        for (String orgId : segments.keySet()) {
          ofOrg(orgId);
        }
        for (Model m : byPlace) {
          if (m == null) {
            throw corrupt.apply(
                new IllegalArgumentException("a model is missing from its segment"));
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

    /** How many models have been decoded so far, by segment or alone. */
    synchronized int decodedModels() {
      int n = 0;
      for (Model m : byPlace) {
        if (m != null) {
          n++;
        }
      }
      return n;
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

  /**
   * How one stored type is written and read back: the two sides next to each other, reading each
   * component into a local in the order written, then building the value, so the order cannot
   * depend on argument evaluation.
   */
  interface Codec<T> {
    void write(Writer w, T value) throws IOException;

    T read(Reader r);
  }

  static final Codec<Org> ORG =
      new Codec<>() {
        @Override
        public void write(Writer w, Org o) throws IOException {
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
        }

        @Override
        public Org read(Reader r) {
          String id = r.str();
          String name = r.str();
          String nameZh = r.str();
          String family = r.str();
          String country = r.str();
          List<String> aliases = r.strs();
          String url = r.str();
          String mergedInto = r.str();
          String mergedOn = r.str();
          String notes = r.str();
          return new Org(
              id, name, nameZh, family, country, aliases, url, mergedInto, mergedOn, notes);
        }
      };

  static final Codec<ChangelogEntry> CHANGELOG =
      new Codec<>() {
        @Override
        public void write(Writer w, ChangelogEntry c) throws IOException {
          w.str(c.version());
          w.date(c.date());
          w.strs(c.changes());
        }

        @Override
        public ChangelogEntry read(Reader r) {
          String version = r.str();
          ReleaseDate date = r.date();
          List<String> changes = r.strs();
          return new ChangelogEntry(version, date, changes);
        }
      };

  static final Codec<ParamSize> PARAMS =
      new Codec<>() {
        @Override
        public void write(Writer w, ParamSize p) throws IOException {
          w.str(p.text());
          w.count(p.min());
          w.count(p.max());
          w.strs(p.variants());
          w.count(p.active());
          w.bool(p.confirmed());
        }

        @Override
        public ParamSize read(Reader r) {
          String text = r.str();
          Long min = r.optCount();
          Long max = r.optCount();
          List<String> variants = r.strs();
          Long active = r.optCount();
          boolean confirmed = r.bool();
          return new ParamSize(text, min, max, variants, active, confirmed);
        }
      };

  static final Codec<Lineage> LINEAGE =
      new Codec<>() {
        @Override
        public void write(Writer w, Lineage l) throws IOException {
          w.str(l.baseId());
          w.ordinal(l.relation());
          w.date(l.since());
          w.bool(l.confirmed());
        }

        @Override
        public Lineage read(Reader r) {
          String baseId = r.str();
          Relation relation = r.ordinal(Relation.values());
          ReleaseDate since = r.date();
          boolean confirmed = r.bool();
          return new Lineage(baseId, relation, since, confirmed);
        }
      };

  static final Codec<Modality> MODALITY =
      new Codec<>() {
        @Override
        public void write(Writer w, Modality m) throws IOException {
          w.ordinal(m);
        }

        @Override
        public Modality read(Reader r) {
          return r.ordinal(Modality.values());
        }
      };

  static final Codec<Modalities> MODALITIES =
      new Codec<>() {
        @Override
        public void write(Writer w, Modalities m) throws IOException {
          w.list(MODALITY, m.input());
          w.list(MODALITY, m.output());
        }

        @Override
        public Modalities read(Reader r) {
          List<Modality> input = r.list(MODALITY);
          List<Modality> output = r.list(MODALITY);
          return new Modalities(input, output);
        }
      };

  static final Codec<Figure> FIGURE =
      new Codec<>() {
        @Override
        public void write(Writer w, Figure f) throws IOException {
          w.f64(f.value());
          w.bool(f.estimate());
        }

        @Override
        public Figure read(Reader r) {
          double value = r.f64();
          boolean estimate = r.bool();
          return new Figure(value, estimate);
        }
      };

  static final Codec<Training> TRAINING =
      new Codec<>() {
        @Override
        public void write(Writer w, Training t) throws IOException {
          w.optional(FIGURE, t.tokens());
          w.optional(FIGURE, t.computeFlop());
        }

        @Override
        public Training read(Reader r) {
          Figure tokens = r.optional(FIGURE);
          Figure computeFlop = r.optional(FIGURE);
          return new Training(tokens, computeFlop);
        }
      };

  static final Codec<ExternalIds> IDS =
      new Codec<>() {
        @Override
        public void write(Writer w, ExternalIds ids) throws IOException {
          w.strs(ids.huggingface());
          w.strs(ids.modelsDev());
          w.strs(ids.openRouter());
          w.strs(ids.epoch());
        }

        @Override
        public ExternalIds read(Reader r) {
          List<String> huggingface = r.strs();
          List<String> modelsDev = r.strs();
          List<String> openRouter = r.strs();
          List<String> epoch = r.strs();
          return new ExternalIds(huggingface, modelsDev, openRouter, epoch);
        }
      };

  static final Codec<ModelFacts> FACTS =
      new Codec<>() {
        @Override
        public void write(Writer w, ModelFacts f) throws IOException {
          w.ordinal(f.access());
          w.date(f.announced());
          w.count(f.context());
          w.count(f.maxOutput());
          w.optional(MODALITIES, f.modalities());
          w.date(f.knowledgeCutoff());
          w.ordinal(f.architecture());
          w.optional(TRAINING, f.training());
          IDS.write(w, f.ids());
          w.map(f.sources());
          w.strs(f.unconfirmed());
        }

        @Override
        public ModelFacts read(Reader r) {
          Access access = r.ordinal(Access.values());
          ReleaseDate announced = r.date();
          Long context = r.optCount();
          Long maxOutput = r.optCount();
          Modalities modalities = r.optional(MODALITIES);
          ReleaseDate knowledgeCutoff = r.date();
          Architecture architecture = r.ordinal(Architecture.values());
          Training training = r.optional(TRAINING);
          ExternalIds ids = IDS.read(r);
          Map<String, String> sources = r.map();
          List<String> unconfirmed = r.strs();
          return new ModelFacts(
              access,
              announced,
              context,
              maxOutput,
              modalities,
              knowledgeCutoff,
              architecture,
              training,
              ids,
              sources,
              unconfirmed);
        }
      };

  static final Codec<Model> MODEL =
      new Codec<>() {
        @Override
        public void write(Writer w, Model m) throws IOException {
          w.str(m.id());
          w.str(m.name());
          w.str(m.nameZh());
          w.strs(m.aliases());
          w.str(m.orgId());
          w.ordinal(m.category());
          w.date(m.released());
          w.ordinal(m.openness());
          w.optional(PARAMS, m.params());
          w.list(LINEAGE, m.bases());
          w.strs(m.trainedWith());
          w.map(m.links());
          w.str(m.license());
          w.str(m.notes());
          w.strs(m.corrections());
          w.str(m.seedSection());
          FACTS.write(w, m.facts());
        }

        @Override
        public Model read(Reader r) {
          String id = r.str();
          String name = r.str();
          String nameZh = r.str();
          List<String> aliases = r.strs();
          String org = r.str();
          Category category = r.ordinal(Category.values());
          ReleaseDate released = r.date();
          Openness openness = r.ordinal(Openness.values());
          ParamSize params = r.optional(PARAMS);
          List<Lineage> bases = r.list(LINEAGE);
          List<String> trainedWith = r.strs();
          Map<String, String> links = r.map();
          String license = r.str();
          String notes = r.str();
          List<String> corrections = r.strs();
          String seed = r.str();
          ModelFacts facts = FACTS.read(r);
          return new Model(
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
              license,
              notes,
              corrections,
              seed,
              facts);
        }
      };

  record Writer(DataOutputStream out, Map<String, Integer> sources) {
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

    <T> void list(Codec<T> codec, List<T> items) throws IOException {
      out.writeInt(items.size());
      for (T item : items) {
        codec.write(this, item);
      }
    }

    /** A presence byte, then the value. */
    <T> void optional(Codec<T> codec, T value) throws IOException {
      out.writeBoolean(value != null);
      if (value != null) {
        codec.write(this, value);
      }
    }

    void ordinal(Enum<?> e) throws IOException {
      out.writeByte(e == null ? -1 : e.ordinal());
    }

    void bool(boolean b) throws IOException {
      out.writeBoolean(b);
    }

    void f64(double d) throws IOException {
      out.writeDouble(d);
    }

    void map(Map<String, String> map) throws IOException {
      out.writeInt(map.size());
      for (Map.Entry<String, String> e : map.entrySet()) {
        str(e.getKey());
        str(e.getValue());
      }
    }

    void position(SourcePosition at) throws IOException {
      out.writeInt(at == null ? -1 : sources.get(at.source()));
      out.writeInt(at == null ? -1 : at.line());
      out.writeInt(at == null ? -1 : at.column());
    }
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  /** A cursor over the bytes; hand-rolled because it runs before anything is JIT-compiled. */
  static final class Reader {
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

    <T> List<T> list(Codec<T> codec) {
      int n = count();
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(codec.read(this));
      }
      return List.copyOf(out);
    }

    <T> T optional(Codec<T> codec) {
      return u8() == 0 ? null : codec.read(this);
    }

    /** An enum constant stored by {@link Writer#ordinal}, or null. */
    <E extends Enum<E>> E ordinal(E[] constants) {
      int i = i8();
      if (i >= constants.length) {
        throw new IllegalArgumentException("bad ordinal " + i);
      }
      return i < 0 ? null : constants[i];
    }

    boolean bool() {
      return u8() != 0;
    }

    double f64() {
      return Double.longBitsToDouble(i64());
    }

    Map<String, String> map() {
      int n = count();
      Map<String, String> out = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String key = str();
        out.put(key, str());
      }
      return out;
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
