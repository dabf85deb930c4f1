package dev.llmscape.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * A cache of big user catalogs in {@link CatalogBinary} form, one file per catalog path under a
 * directory ({@code $XDG_CACHE_HOME/llmscape/catalogs}). An entry is used only when the catalog's
 * size, modification time and CRC-32C all match the ones it was made from; otherwise the JSON is
 * read and the entry rewritten. Any problem with the cache (unwritable, corrupt, another format)
 * only means reading the JSON: the cache can make a run faster, never different.
 */
public final class CatalogCache {
  /** Below this size the JSON reads about as fast as a cache entry and is not cached. */
  public static final long DEFAULT_MIN_SIZE = 1L << 20;

  private static final int MAGIC = 0x4c4d5343; // "LMSC"
  private static final int HEADER = 4 + 8 + 8 + 8 + 8;

  private final Path dir;
  private final long minSize;

  public CatalogCache(Path dir, long minSize) {
    this.dir = dir;
    this.minSize = minSize;
  }

  /** The cache under {@code $XDG_CACHE_HOME/llmscape} (or {@code ~/.cache}), or null if neither. */
  public static CatalogCache inUserCacheDir(String xdgCacheHome, String home) {
    Path base =
        xdgCacheHome != null
            ? Path.of(xdgCacheHome)
            : home != null ? Path.of(home, ".cache") : null;
    return base == null
        ? null
        : new CatalogCache(base.resolve("llmscape").resolve("catalogs"), DEFAULT_MIN_SIZE);
  }

  boolean applies(long size) {
    return size >= minSize;
  }

  /** Where the entry for a catalog path lives; named after the absolute path. */
  Path entryFor(Path catalog) {
    String key = catalog.toAbsolutePath().normalize().toString();
    CRC32C crc = new CRC32C();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return dir.resolve(String.format("%08x-%08x.bin", key.hashCode(), (int) crc.getValue()));
  }

  /** The CRC-32C of a file's content, read in blocks (a big catalog is not held in memory). */
  static long checksum(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] block = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(block)) > 0; ) {
        crc.update(block, 0, n);
      }
    }
    return crc.getValue();
  }

  /**
   * The cached catalog for these bytes of this file, or null when there is none that matches. Its
   * models are decoded as queries ask for them; the entry's own checksum guards against a damaged
   * file, since it is not checked again.
   */
  Catalog lookup(Path catalog, long size, long mtime, long checksum, String source) {
    try {
      Path entry = entryFor(catalog);
      if (!Files.isRegularFile(entry)) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(entry);
      if (bytes.length < HEADER) {
        return null;
      }
      ByteBuffer head = ByteBuffer.wrap(bytes, 0, HEADER);
      if (head.getInt() != MAGIC
          || head.getLong() != size
          || head.getLong() != mtime
          || head.getLong() != checksum) {
        return null;
      }
      long bodyChecksum = head.getLong();
      CRC32C crc = new CRC32C();
      crc.update(bytes, HEADER, bytes.length - HEADER);
      if (crc.getValue() != bodyChecksum) {
        return null;
      }
      return Catalog.decoded(CatalogBinary.decode(bytes, HEADER, source));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes an entry; failures are ignored (the next run reads the JSON again). */
  void store(Path catalog, long size, long mtime, long checksum, CatalogData data) {
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      Path entry = entryFor(catalog);
      byte[] body = CatalogBinary.write(data);
      ByteBuffer out = ByteBuffer.allocate(HEADER + body.length);
      CRC32C crc = new CRC32C();
      crc.update(body);
      out.putInt(MAGIC).putLong(size).putLong(mtime).putLong(checksum).putLong(crc.getValue());
      out.put(body);
      tmp = Files.createTempFile(dir, "entry", ".tmp");
      Files.write(tmp, out.array());
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written is no cache; the catalog was read all the same.
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // nothing more to do
        }
      }
    }
  }
}
