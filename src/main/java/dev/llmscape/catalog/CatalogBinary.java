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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a read catalog, for the cache of big user catalogs ({@link
 * CatalogCache}): decoding it skips JSON tokenising and number and date parsing. Strings are
 * length-prefixed UTF-8; enums are stored by ordinal, so the format's {@link #FINGERPRINT} covers
 * their constants and any change to them makes old files unreadable rather than wrong.
 */
final class CatalogBinary {
  /** Changes whenever the layout or an enum changes; stored first and checked on read. */
  static final int FINGERPRINT =
      ("llmscape-catalog-binary-1"
              + Arrays.toString(Category.values())
              + Arrays.toString(Openness.values())
              + Arrays.toString(Relation.values()))
          .hashCode();

  private CatalogBinary() {}

  static byte[] write(CatalogData data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Writer w = new Writer(out);
      out.writeInt(FINGERPRINT);
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
      out.writeInt(data.models().size());
      for (Model m : data.models()) {
        w.str(m.id());
        w.str(m.name());
        w.str(m.nameZh());
        w.strs(m.aliases());
        w.str(m.orgId());
        out.writeByte(m.category().ordinal());
        w.date(m.released());
        out.writeByte(m.openness().ordinal());
        w.params(m.params());
        out.writeInt(m.bases().size());
        for (Lineage l : m.bases()) {
          w.str(l.baseId());
          out.writeByte(l.relation() == null ? -1 : l.relation().ordinal());
          w.date(l.since());
        }
        w.strs(m.trainedWith());
        out.writeInt(m.links().size());
        for (Map.Entry<String, String> link : m.links().entrySet()) {
          w.str(link.getKey());
          w.str(link.getValue());
        }
        w.str(m.license());
        w.str(m.notes());
        w.strs(m.corrections());
        w.str(m.seedSection());
        w.position(data.positions().get(m.id()));
      }
      out.writeInt(data.changelog().size());
      for (ChangelogEntry c : data.changelog()) {
        w.str(c.version());
        w.date(c.date());
        w.strs(c.changes());
      }
      w.strs(data.warnings());
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Decodes what {@link #write} wrote.
   *
   * @param source the name messages use, as when the JSON was read
   * @throws IllegalArgumentException when the bytes are not this format (the caller re-reads the
   *     JSON)
   */
  static CatalogData read(byte[] bytes, int offset, String source) {
    try {
      Reader r = new Reader(bytes, source);
      r.at = offset;
      if (r.i32() != FINGERPRINT) {
        throw new IllegalArgumentException("another format");
      }
      String version = r.str();
      ReleaseDate date = r.date();
      Map<String, SourcePosition> orgPositions = new HashMap<>();
      int orgCount = r.count();
      List<Org> orgs = new ArrayList<>(orgCount);
      for (int i = 0; i < orgCount; i++) {
        Org o =
            new Org(
                r.str(), r.str(), r.str(), r.str(), r.str(), r.strs(), r.str(), r.str(), r.str(),
                r.str());
        orgs.add(o);
        r.position(orgPositions, "org:" + o.id());
      }
      int modelCount = r.count();
      // Sized up front: growing a map of 100,000 positions showed in profiles.
      Map<String, SourcePosition> positions = new HashMap<>((orgCount + modelCount) * 4 / 3 + 16);
      positions.putAll(orgPositions);
      List<Model> models = new ArrayList<>(modelCount);
      for (int i = 0; i < modelCount; i++) {
        String id = r.str();
        String name = r.str();
        String nameZh = r.str();
        List<String> aliases = r.strs();
        String org = r.str();
        Category category = Category.values()[r.u8()];
        ReleaseDate released = r.date();
        Openness openness = Openness.values()[r.u8()];
        ParamSize params = r.params();
        int baseCount = r.count();
        List<Lineage> bases = new ArrayList<>(baseCount);
        for (int b = 0; b < baseCount; b++) {
          String baseId = r.str();
          int relation = r.i8();
          bases.add(
              new Lineage(baseId, relation < 0 ? null : Relation.values()[relation], r.date()));
        }
        List<String> trainedWith = r.strs();
        int linkCount = r.count();
        Map<String, String> links = new LinkedHashMap<>();
        for (int l = 0; l < linkCount; l++) {
          links.put(r.str(), r.str());
        }
        models.add(
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
                r.str(),
                r.str(),
                r.strs(),
                r.str()));
        r.position(positions, id);
      }
      int changeCount = r.count();
      List<ChangelogEntry> changelog = new ArrayList<>(changeCount);
      for (int i = 0; i < changeCount; i++) {
        changelog.add(new ChangelogEntry(r.str(), r.date(), r.strs()));
      }
      List<String> warnings = r.strs();
      if (r.at != bytes.length) {
        throw new IllegalArgumentException("trailing bytes");
      }
      return new CatalogData(source, version, date, orgs, models, changelog, positions, warnings);
    } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("truncated or corrupt", e);
    }
  }

  private record Writer(DataOutputStream out) {
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
      out.writeInt(at == null ? -1 : at.line());
      out.writeInt(at == null ? -1 : at.column());
    }
  }

  /** A cursor over the bytes; hand-rolled because it runs before anything is JIT-compiled. */
  private static final class Reader {
    private final byte[] b;
    private final String source;
    int at;

    Reader(byte[] bytes, String source) {
      this.b = bytes;
      this.source = source;
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

    void position(Map<String, SourcePosition> positions, String key) {
      int line = i32();
      int column = i32();
      if (line >= 0) {
        positions.put(key, new SourcePosition(source, line, column));
      }
    }
  }
}
