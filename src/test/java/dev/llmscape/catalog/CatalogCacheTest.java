package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCacheTest {
  @TempDir Path tmp;

  private static CatalogData bundled() throws IOException {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_RESOURCE)) {
      return CatalogReader.read(in, "bundled");
    }
  }

  /** Every field of every entry, positions and warnings included, survive the binary form. */
  @Test
  void binaryFormRoundTripsTheBundledAndFixtureCatalogs() throws IOException {
    CatalogData bundled = bundled();
    assertEquals(bundled, CatalogBinary.read(CatalogBinary.write(bundled), 0, "bundled"));
    CatalogData fixture = CatalogLoader.readFile(Cli.fixturePath());
    String source = Cli.fixturePath().toString();
    assertEquals(fixture, CatalogBinary.read(CatalogBinary.write(fixture), 0, source));
    java.nio.file.Path v2Path = Cli.resource("/v2/catalog.json");
    CatalogData v2 = CatalogLoader.readFile(v2Path);
    assertEquals(v2, CatalogBinary.read(CatalogBinary.write(v2), 0, v2Path.toString()));
  }

  /**
   * The format's fingerprint is derived from what it stores: every component of every stored
   * record, by name and type, and every enum constant, so a new field cannot be forgotten.
   */
  @Test
  void theFingerprintCoversEveryStoredComponent() {
    String layout = CatalogBinary.layout();
    for (Class<?> type : CatalogBinary.STORED_TYPES) {
      if (type.isRecord()) {
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
          assertTrue(layout.contains(" " + c.getName() + ":"), type + "." + c.getName());
        }
      } else {
        for (Object constant : type.getEnumConstants()) {
          assertTrue(layout.contains(constant.toString()), type + "." + constant);
        }
      }
    }
    // Every record a stored record holds is itself stored (its codec is part of the layout).
    for (Class<?> type : CatalogBinary.STORED_TYPES) {
      if (type.isRecord()) {
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
          Class<?> t = c.getType();
          if ((t.isRecord() || t.isEnum()) && t.getPackageName().startsWith("dev.llmscape")) {
            assertTrue(CatalogBinary.STORED_TYPES.contains(t), type + "." + c.getName() + ": " + t);
          }
        }
      }
    }
    // The bundled binary was written with the fingerprint of these very records.
    assertEquals(layout.hashCode(), CatalogBinary.fingerprint());
  }

  /** The build compiles catalog.json into the jar; what start-up decodes is what the JSON says. */
  @Test
  void bundledBinaryFormIsBuiltAndMatchesTheJson() {
    assertNotNull(
        CatalogLoader.class.getResource(CatalogLoader.BUNDLED_BINARY), "catalog.bin in the jar");
    Catalog binary = CatalogLoader.bundled();
    Catalog json = CatalogLoader.bundledJson();
    assertEquals(json.version(), binary.version());
    assertEquals(json.date(), binary.date());
    assertEquals(json.orgs(), binary.orgs());
    assertEquals(json.models(), binary.models());
    assertEquals(json.changelog(), binary.changelog());
    assertEquals(json.warnings(), binary.warnings());
    assertEquals(json.source(), binary.source());
    for (var m : json.models()) {
      assertEquals(json.positionOf(m.id()), binary.positionOf(m.id()), m.id());
    }
  }

  /** Asking for one org decodes that org's models only; asking for all gives the same objects. */
  @Test
  void binaryFormDecodesOneOrgWithoutTheOthers() throws IOException {
    CatalogData json = bundled();
    CatalogBinary.Decoded decoded =
        CatalogBinary.decode(CatalogBinary.write(json), 0, CatalogLoader.BUNDLED_NAME);
    Catalog catalog = Catalog.decoded(decoded);
    var meta = catalog.index().byOrg("meta");
    assertEquals(json.models().stream().filter(m -> m.orgId().equals("meta")).toList(), meta);
    assertEquals(java.util.Set.of("meta"), decoded.decodedOrgs());
    assertEquals(json.models(), catalog.models());
    assertTrue(meta.get(0) == catalog.index().byId(meta.get(0).id()), "one object per model");
    assertEquals(catalog.index().byOrg("meta"), meta);
    assertEquals(List.of(), catalog.index().byOrg("no-such-org"));
  }

  @Test
  void binaryFormRejectsTruncatedAndForeignBytes() throws IOException {
    byte[] bytes = CatalogBinary.write(bundled());
    assertThrows(
        IllegalArgumentException.class,
        () -> CatalogBinary.read(Arrays.copyOf(bytes, bytes.length / 2), 0, "x"));
    byte[] foreign = bytes.clone();
    foreign[0] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> CatalogBinary.read(foreign, 0, "x"));
  }

  @Test
  void secondReadComesFromTheCacheAndEqualsTheJson() throws IOException {
    Path file = copyOfFixture();
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    Catalog first = read(file, cache);
    Path entry = cache.entryFor(List.of(file), false);
    assertTrue(Files.isRegularFile(entry), "entry written");
    Catalog cached =
        cache.lookup(entry, CatalogCache.stamp(List.of(file), null), file.toString()).catalog();
    assertNotNull(cached);
    CatalogData json = CatalogLoader.readFile(file);
    assertEquals(json.models(), cached.models());
    assertEquals(json.orgs(), cached.orgs());
    for (var m : json.models()) {
      assertEquals(json.positions().get(m.id()), cached.positionOf(m.id()));
    }
    assertEquals(first.models(), read(file, cache).models());
  }

  @Test
  void aChangedFileIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
    Path file = copyOfFixture();
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    read(file, cache);
    FileTime time = Files.getLastModifiedTime(file);
    String json = Files.readString(file);
    // Same length, same modification time, different content: only the checksum tells.
    String changed = json.replace("\"LLaMA\"", "\"LLaMa\"");
    assertNotEquals(json, changed);
    Files.writeString(file, changed, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, time);
    Catalog again = read(file, cache);
    assertTrue(again.models().stream().anyMatch(m -> m.name().equals("LLaMa")));
    assertFalse(again.models().stream().anyMatch(m -> m.name().equals("LLaMA")));
  }

  @Test
  void aCorruptEntryMeansReadingTheJson() throws IOException {
    Path file = copyOfFixture();
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    read(file, cache);
    Path entry = cache.entryFor(List.of(file), false);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, Arrays.copyOf(bytes, bytes.length - 7));
    assertEquals(CatalogLoader.readFile(file).models(), read(file, cache).models());
  }

  @Test
  void smallCatalogsAndUnwritableDirectoriesAreNotCached() throws IOException {
    Path file = copyOfFixture();
    CatalogCache small = new CatalogCache(tmp.resolve("small"), CatalogCache.DEFAULT_MIN_SIZE);
    read(file, small);
    assertFalse(Files.exists(tmp.resolve("small")));
    Path notADir = Files.writeString(tmp.resolve("file"), "x");
    CatalogCache broken = new CatalogCache(notADir.resolve("cache"), 0);
    assertEquals(CatalogLoader.readFile(file).models(), read(file, broken).models());
  }

  /** A model of its own and a replaced bundled one: the merge notes one override. */
  private static final String OVERLAY =
      """
      {"version": "mine-1", "date": "2027-02-01",
       "orgs": [{"id": "acme", "name": "Acme AI", "family": "Acme"}],
       "models": [
        {"id": "acme-7b", "name": "Acme 7B", "org": "acme", "category": "chat", "released": "2027-01",
         "aliases": ["Vicuna"], "base": [{"id": "llama-2", "relation": "fine-tuned"}]},
        {"id": "llama", "name": "LLaMA (my notes)", "org": "meta", "category": "foundation",
         "released": "2023-02-24"}
       ]}
      """;

  /** Positions from several files keep their own file through the binary form. */
  @Test
  void binaryFormKeepsEachPositionsFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("mine.json"), OVERLAY);
    CatalogData merged =
        CatalogLayers.merge(List.of(bundled(), CatalogLoader.readFile(file)), true).data();
    CatalogData back = CatalogBinary.read(CatalogBinary.write(merged), 0, merged.source());
    assertEquals(merged, back);
    assertEquals(file.toString(), back.positions().get("acme-7b").source());
    assertEquals("bundled", back.positions().get("gpt-3").source());
  }

  @Test
  void layeredFilesAreMergedOnceAndThenComeFromTheCache() throws IOException {
    Path file = Files.writeString(tmp.resolve("mine.json"), OVERLAY);
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    CatalogLoader.Layered read = CatalogLoader.layered(List.of(file), BaseCatalog.BUNDLED, cache);
    Path entry = cache.entryFor(List.of(file), true);
    assertTrue(Files.isRegularFile(entry), "entry written");
    long written = Files.getLastModifiedTime(entry).toMillis();
    CatalogLoader.Layered cached = CatalogLoader.layered(List.of(file), BaseCatalog.BUNDLED, cache);
    assertEquals(written, Files.getLastModifiedTime(entry).toMillis(), "not rewritten");
    CatalogLoader.Layered plain = CatalogLoader.layered(List.of(file), BaseCatalog.BUNDLED, null);
    for (CatalogLoader.Layered l : List.of(read, cached)) {
      assertEquals(plain.catalog().models(), l.catalog().models());
      assertEquals(plain.catalog().orgs(), l.catalog().orgs());
      assertEquals(plain.catalog().source(), l.catalog().source());
      assertEquals(plain.catalog().date(), l.catalog().date());
      assertEquals(plain.overrides(), l.overrides());
      assertEquals(plain.conflicts(), l.conflicts());
      for (String id : List.of("acme-7b", "llama", "gpt-3")) {
        assertEquals(plain.catalog().positionOf(id), l.catalog().positionOf(id), id);
      }
    }
    assertEquals(1, cached.overrides().size());
    assertEquals(1, cached.conflicts().size());
    // The files alone are another entry, not this one.
    assertFalse(entry.equals(cache.entryFor(List.of(file), false)));
  }

  @Test
  void aChangedLayerOrBundledCatalogIsMergedAgain() throws IOException {
    Path file = Files.writeString(tmp.resolve("mine.json"), OVERLAY);
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    CatalogLoader.layered(List.of(file), BaseCatalog.BUNDLED, cache);
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(file, OVERLAY.replace("Acme 7B", "Acme 7C"));
    Files.setLastModifiedTime(file, time);
    Catalog again = CatalogLoader.layered(List.of(file), BaseCatalog.BUNDLED, cache).catalog();
    assertEquals("Acme 7C", again.index().byId("acme-7b").name());
    // Another bundled catalog (another build) stamps differently.
    assertFalse(
        Arrays.equals(
            CatalogCache.stamp(List.of(file), 1L), CatalogCache.stamp(List.of(file), 2L)));
    assertFalse(
        Arrays.equals(
            CatalogCache.stamp(List.of(file), 1L), CatalogCache.stamp(List.of(file), null)));
  }

  @Test
  void theCacheKeepsTheEntriesWrittenLast() throws IOException {
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    List<Path> files = new java.util.ArrayList<>();
    for (int i = 0; i < CatalogCache.MAX_ENTRIES + 3; i++) {
      Path file = tmp.resolve("catalog-" + i + ".json");
      Files.copy(Cli.fixturePath(), file);
      files.add(file);
      read(file, cache);
      // Distinct times, oldest first, whatever the file system's time resolution.
      Files.setLastModifiedTime(
          cache.entryFor(List.of(file), false), FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    try (var entries = Files.list(tmp.resolve("cache"))) {
      assertEquals(CatalogCache.MAX_ENTRIES, entries.count());
    }
    for (int i = 0; i < files.size(); i++) {
      boolean kept = i >= files.size() - CatalogCache.MAX_ENTRIES;
      assertEquals(kept, Files.exists(cache.entryFor(List.of(files.get(i)), false)), "entry " + i);
    }
  }

  @Test
  void userCacheDirectoryFollowsXdgThenHome() {
    assertNull(CatalogCache.inUserCacheDir(null, null));
    Path file = Path.of("/data/c.json");
    assertTrue(
        CatalogCache.inUserCacheDir("/x", "/home/u")
            .entryFor(List.of(file), false)
            .startsWith(Path.of("/x/llmscape/catalogs")));
    assertTrue(
        CatalogCache.inUserCacheDir("relative/dir", "/home/u")
            .entryFor(List.of(file), false)
            .startsWith(Path.of("/home/u/.cache/llmscape/catalogs")),
        "a relative XDG_CACHE_HOME is ignored");
    assertTrue(
        CatalogCache.inUserCacheDir(null, "/home/u")
            .entryFor(List.of(file), false)
            .startsWith(Path.of("/home/u/.cache/llmscape/catalogs")));
  }

  /** A file used alone (--only) through the cache. */
  private static Catalog read(Path file, CatalogCache cache) {
    return CatalogLoader.layered(List.of(file), null, cache).catalog();
  }

  private Path copyOfFixture() throws IOException {
    Path file = tmp.resolve("catalog.json");
    Files.copy(Cli.fixturePath(), file);
    return file;
  }
}
