package dev.llmscape.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Finds and reads a catalog: the one bundled in the jar, or a file the user names. */
public final class CatalogLoader {
  /** Where the build puts the repo's catalog.json inside the jar. */
  public static final String BUNDLED_RESOURCE = "/dev/llmscape/catalog.json";

  /** The same catalog in binary form, written by {@link CatalogCompiler} at build time. */
  static final String BUNDLED_BINARY = "/dev/llmscape/catalog.bin";

  /** The name messages give the bundled catalog. */
  static final String BUNDLED_SOURCE = "bundled catalog.json";

  private CatalogLoader() {}

  /**
   * The catalog bundled in the jar: its binary form when the build made one (decoding it is several
   * times cheaper than parsing the JSON at start-up), else the JSON.
   */
  public static Catalog bundled() {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_BINARY)) {
      if (in != null) {
        return Catalog.decoded(CatalogBinary.decode(in.readAllBytes(), 0, BUNDLED_SOURCE));
      }
    } catch (IOException | IllegalArgumentException e) {
      // An unreadable binary form only costs time: read the JSON.
    }
    return bundledJson();
  }

  /** The bundled catalog read from its JSON, as the build checks it. */
  public static Catalog bundledJson() {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new CatalogException(
            "bundled catalog",
            0,
            0,
            "not found in the jar (rebuild with ./llmscape or mvn package)");
      }
      return Catalog.of(CatalogReader.read(in, BUNDLED_SOURCE));
    } catch (IOException e) {
      throw new CatalogException("bundled catalog.json", 0, 0, e.getMessage(), e);
    }
  }

  /** Reads a user catalog file, with plain messages for the usual ways a path can be wrong. */
  public static Catalog file(Path path) {
    return Catalog.of(readFile(path));
  }

  /**
   * Reads a user catalog through a cache of big catalogs: a file whose size, modification time and
   * checksum match a cache entry is decoded from it instead of parsed; otherwise it is parsed,
   * checked and cached. The result is the same either way.
   *
   * @param cache the cache, or null for none
   */
  public static Catalog file(Path path, CatalogCache cache) {
    if (cache == null) {
      return file(path);
    }
    String name = path.toString();
    long size;
    long mtime;
    try {
      size = Files.size(path);
      mtime = Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      return file(path); // reports the problem as usual
    }
    if (!cache.applies(size) || Files.isDirectory(path)) {
      return file(path);
    }
    long checksum;
    try {
      checksum = CatalogCache.checksum(path);
    } catch (IOException e) {
      return file(path);
    }
    Catalog cached = cache.lookup(path, size, mtime, checksum, name);
    if (cached != null) {
      return cached;
    }
    CatalogData data = readFile(path);
    Catalog catalog = Catalog.of(data);
    cache.store(path, size, mtime, checksum, data);
    return catalog;
  }

  public static CatalogData readFile(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new CatalogException(name, 0, 0, "is a directory, not a catalog file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return CatalogReader.read(in, name);
    } catch (NoSuchFileException e) {
      throw new CatalogException(name, 0, 0, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new CatalogException(name, 0, 0, "permission denied", e);
    } catch (IOException e) {
      throw new CatalogException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }
}
