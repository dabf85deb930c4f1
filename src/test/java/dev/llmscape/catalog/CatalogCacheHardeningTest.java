package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The cache never gives a wrong answer and never fails a run, whatever its directory holds.
 * Isolated: its tests set {@code CatalogLoader.beforeParse}, a static hook that a catalog load in
 * any test class running alongside would otherwise run too.
 */
@Isolated
class CatalogCacheHardeningTest {
  @TempDir Path tmp;

  @AfterEach
  void noHook() {
    CatalogLoader.beforeParse = null;
  }

  private Path fixtureCopy(String name) throws IOException {
    return Files.copy(Cli.fixturePath(), tmp.resolve(name));
  }

  private static Catalog read(Path file, CatalogCache cache) {
    return CatalogLoader.layered(List.of(file), null, cache).catalog();
  }

  /**
   * A file replaced between the stamp and the parse (mv of a prepared file, rsync -a, cp -p): the
   * entry must describe the bytes that were parsed, so that putting the first version back (same
   * size, same time) is not answered with the second version's data.
   */
  @Test
  void aFileReplacedBetweenStampAndParseIsNeverServedForTheOtherVersion() throws IOException {
    Path file = fixtureCopy("catalog.json");
    String a = Files.readString(file);
    String b = a.replace("\"LLaMA\"", "\"LLaMa\"");
    FileTime time = Files.getLastModifiedTime(file);
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    CatalogLoader.beforeParse =
        () -> {
          try {
            Files.writeString(file, b);
            Files.setLastModifiedTime(file, time);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    read(file, cache); // stamped as a, parsed as b
    CatalogLoader.beforeParse = null;
    Files.writeString(file, a);
    Files.setLastModifiedTime(file, time);
    assertEquals("LLaMA", read(file, cache).index().byId("llama").name());
    Files.writeString(file, b);
    Files.setLastModifiedTime(file, time);
    assertEquals("LLaMa", read(file, cache).index().byId("llama").name());
  }

  /** The same for an installed base catalog replaced ({@code catalog update}) during the parse. */
  @Test
  void anInstalledBaseReplacedDuringTheParseIsNeverServedForTheOtherVersion() throws IOException {
    String a;
    try (var in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_RESOURCE)) {
      a = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String b = a.replace("\"name\": \"LLaMA\"", "\"name\": \"LLaMa\"");
    Path json = Files.writeString(tmp.resolve("installed.json"), a);
    BaseCatalog base =
        new BaseCatalog(
            json.toString(),
            new InstalledCatalogs.Installed(
                "9999.1.0", "2026-01-01", "", "test", "", null, null, json, tmp.resolve("none")));
    Path mine =
        Files.writeString(
            tmp.resolve("mine.json"),
            "{\"version\": \"m\", \"date\": \"2026-01-01\", \"orgs\": [], \"models\": []}");
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    CatalogLoader.beforeParse =
        () -> {
          try {
            Files.writeString(json, b);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    CatalogLoader.layered(List.of(mine), base, cache);
    CatalogLoader.beforeParse = null;
    Files.writeString(json, a);
    Catalog again = CatalogLoader.layered(List.of(mine), base, cache).catalog();
    assertEquals("LLaMA", again.index().byId("llama").name());
  }

  /** An entry too big to be one of ours (or a link to such a file) is not read into memory. */
  @Test
  void aHugeEntryIsNotReadIntoMemory() throws IOException {
    Path file = fixtureCopy("catalog.json");
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    Path entry = cache.entryFor(List.of(file), false);
    Files.createDirectories(entry.getParent());
    Path huge = tmp.resolve("huge.bin");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: takes no space
    }
    Files.createSymbolicLink(entry, huge);
    assertEquals("LLaMA", read(file, cache).index().byId("llama").name());
    Files.delete(entry);
    try (RandomAccessFile f = new RandomAccessFile(entry.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    assertNull(cache.lookup(entry, CatalogCache.stamp(List.of(file), null), "x"));
  }

  /** A body that decodes wrongly although its checksum matches: fall back, never fail later. */
  @Test
  void aCorruptEntryWithAValidChecksumFallsBackToTheJson() throws IOException {
    Path file = fixtureCopy("catalog.json");
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    read(file, cache);
    Path entry = cache.entryFor(List.of(file), false);
    byte[] bytes = Files.readAllBytes(entry);
    // The last model's source index (its position's file), 12 bytes from the end: out of range.
    bytes[bytes.length - 12] = 0x7f;
    CacheEntries.rechecksum(bytes);
    Files.write(entry, bytes);
    Catalog catalog = read(file, cache);
    assertEquals(CatalogLoader.readFile(file).models(), catalog.models());
  }

  /** Temporary files of writes that were killed are removed; a write in progress is not. */
  @Test
  void staleTemporaryFilesAreRemovedAndForeignFilesKept() throws IOException {
    Path dir = tmp.resolve("cache");
    Files.createDirectories(dir);
    Path stale = Files.writeString(dir.resolve("entry123456.tmp"), "partial");
    Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 86_400_000));
    Path fresh = Files.writeString(dir.resolve("entry654321.tmp"), "in progress");
    Path foreign = Files.writeString(dir.resolve("notes.bin"), "mine");
    Path foreignOld = Files.writeString(dir.resolve("0000beef-0000beef.bin.bak"), "mine");
    Files.setLastModifiedTime(foreign, FileTime.fromMillis(1000));
    CatalogCache cache = new CatalogCache(dir, 0);
    for (int i = 0; i < CatalogCache.MAX_ENTRIES + 2; i++) {
      read(fixtureCopy("c" + i + ".json"), cache);
    }
    assertFalse(Files.exists(stale), "stale temporary file removed");
    assertTrue(Files.exists(fresh), "a write in progress is left alone");
    assertTrue(Files.exists(foreign), "not an entry of ours");
    assertTrue(Files.exists(foreignOld), "not an entry of ours");
    try (var files = Files.list(dir)) {
      assertEquals(
          CatalogCache.MAX_ENTRIES,
          files
              .filter(f -> f.getFileName().toString().matches("[0-9a-f]{8}-[0-9a-f]{8}\\.bin"))
              .count());
    }
  }

  @Test
  void aRelativeHomeIsIgnored() {
    assertNull(CatalogCache.inUserCacheDir(null, "relative/home"));
    assertNull(CatalogCache.inUserCacheDir("also/relative", ""));
  }

  /**
   * A huge file that is not a catalog is not checksummed for the cache before the reader rejects it
   * (a 20 GB sparse file took 53 s).
   */
  @Test
  void aHugeCatalogIsRejectedWithoutBeingChecksummed() throws IOException {
    Path file = tmp.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(20L << 30);
      f.seek(0);
      f.write("{\"version\": \"x\", ".getBytes(StandardCharsets.UTF_8));
    }
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    // A file the user names is read up to its own size, so the cache applies; with no entry
    // made from a file of this size and time it is not checksummed, and the reader stops at the
    // first byte that is not JSON.
    assertTrue(cache.applies(CatalogReader.MAX_DOCUMENT + 1));
    assertFalse(cache.mayHold(cache.entryFor(List.of(file), false), List.of(file), false));
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> assertThrows(CatalogException.class, () -> read(file, cache)));
  }

  /** Test helpers for the entry layout: magic, stamp length, stamp, body checksum, body. */
  static final class CacheEntries {
    private CacheEntries() {}

    /** The offset of the body checksum. */
    static int checksumAt(byte[] entry) {
      return 8 + ByteBuffer.wrap(entry, 4, 4).getInt();
    }

    /** Recomputes the body checksum after a change, as a corruption that passes it would. */
    static void rechecksum(byte[] entry) {
      rechecksum(entry, checksumAt(entry));
    }

    /** The same with the checksum's offset in the entry as written (its header may be changed). */
    static void rechecksum(byte[] entry, int at) {
      CRC32C crc = new CRC32C();
      crc.update(entry, at + 8, entry.length - at - 8);
      ByteBuffer.wrap(entry, at, 8).putLong(crc.getValue());
    }
  }
}
