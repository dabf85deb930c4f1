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
    Catalog first = CatalogLoader.file(file, cache);
    Path entry = cache.entryFor(file);
    assertTrue(Files.isRegularFile(entry), "entry written");
    long checksum = CatalogCache.checksum(file);
    Catalog cached =
        cache.lookup(
            file,
            Files.size(file),
            Files.getLastModifiedTime(file).toMillis(),
            checksum,
            file.toString());
    assertNotNull(cached);
    CatalogData json = CatalogLoader.readFile(file);
    assertEquals(json.models(), cached.models());
    assertEquals(json.orgs(), cached.orgs());
    for (var m : json.models()) {
      assertEquals(json.positions().get(m.id()), cached.positionOf(m.id()));
    }
    assertEquals(first.models(), CatalogLoader.file(file, cache).models());
  }

  @Test
  void aChangedFileIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
    Path file = copyOfFixture();
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    CatalogLoader.file(file, cache);
    FileTime time = Files.getLastModifiedTime(file);
    String json = Files.readString(file);
    // Same length, same modification time, different content: only the checksum tells.
    String changed = json.replace("\"LLaMA\"", "\"LLaMa\"");
    assertNotEquals(json, changed);
    Files.writeString(file, changed, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, time);
    Catalog again = CatalogLoader.file(file, cache);
    assertTrue(again.models().stream().anyMatch(m -> m.name().equals("LLaMa")));
    assertFalse(again.models().stream().anyMatch(m -> m.name().equals("LLaMA")));
  }

  @Test
  void aCorruptEntryMeansReadingTheJson() throws IOException {
    Path file = copyOfFixture();
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    CatalogLoader.file(file, cache);
    Path entry = cache.entryFor(file);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, Arrays.copyOf(bytes, bytes.length - 7));
    assertEquals(CatalogLoader.readFile(file).models(), CatalogLoader.file(file, cache).models());
  }

  @Test
  void smallCatalogsAndUnwritableDirectoriesAreNotCached() throws IOException {
    Path file = copyOfFixture();
    CatalogCache small = new CatalogCache(tmp.resolve("small"), CatalogCache.DEFAULT_MIN_SIZE);
    CatalogLoader.file(file, small);
    assertFalse(Files.exists(tmp.resolve("small")));
    Path notADir = Files.writeString(tmp.resolve("file"), "x");
    CatalogCache broken = new CatalogCache(notADir.resolve("cache"), 0);
    assertEquals(CatalogLoader.readFile(file).models(), CatalogLoader.file(file, broken).models());
  }

  @Test
  void userCacheDirectoryFollowsXdgThenHome() {
    assertNull(CatalogCache.inUserCacheDir(null, null));
    Path file = Path.of("/data/c.json");
    assertTrue(
        CatalogCache.inUserCacheDir("/x", "/home/u")
            .entryFor(file)
            .startsWith(Path.of("/x/llmscape/catalogs")));
    assertTrue(
        CatalogCache.inUserCacheDir(null, "/home/u")
            .entryFor(file)
            .startsWith(Path.of("/home/u/.cache/llmscape/catalogs")));
  }

  private Path copyOfFixture() throws IOException {
    Path file = tmp.resolve("catalog.json");
    Files.copy(Cli.fixturePath(), file);
    return file;
  }
}
