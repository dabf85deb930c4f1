package dev.llmscape.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds and reads a catalog: the one bundled in the jar, user files laid over it, or user files
 * alone.
 */
public final class CatalogLoader {
  /** Where the build puts the repo's catalog.json inside the jar. */
  public static final String BUNDLED_RESOURCE = "/dev/llmscape/catalog.json";

  /** How the bundled catalog is named in messages. */
  public static final String BUNDLED_NAME = "bundled catalog.json";

  /** The same catalog in binary form, written by {@link CatalogCompiler} at build time. */
  static final String BUNDLED_BINARY = "/dev/llmscape/catalog.bin";

  /** Runs between the cache look-up and the parse; tests use it to replace a file there. */
  static volatile Runnable beforeParse;

  private CatalogLoader() {}

  /**
   * The catalog bundled in the jar: its binary form when the build made one (decoding it is several
   * times cheaper than parsing the JSON at start-up), else the JSON.
   */
  public static Catalog bundled() {
    try {
      byte[] bytes = BundledFile.read(BUNDLED_BINARY.substring(1));
      if (bytes != null) {
        return Catalog.decoded(CatalogBinary.decodeBundled(bytes, BUNDLED_NAME));
      }
    } catch (IOException | IllegalArgumentException e) {
      // An unreadable binary form only costs time: read the JSON.
    }
    return bundledJson();
  }

  /**
   * The catalog every command starts from: the bundled one, or an installed one (its binary form
   * when it is intact, else its JSON).
   */
  public static Catalog base(BaseCatalog base) {
    if (base.isBundled()) {
      return bundled();
    }
    try (InputStream in = base.openBinary()) {
      if (in != null) {
        return Catalog.decoded(CatalogBinary.decode(in.readAllBytes(), 0, base.name()));
      }
    } catch (IOException | IllegalArgumentException e) {
      // An unreadable binary form only costs time: read the JSON.
    }
    return Catalog.of(readBase(base));
  }

  /** The bundled catalog read from its JSON, as the build checks it. */
  public static Catalog bundledJson() {
    return Catalog.of(readBundled());
  }

  public static CatalogData readBundled() {
    return readBase(BaseCatalog.BUNDLED);
  }

  /** The base catalog read from its JSON. */
  public static CatalogData readBase(BaseCatalog base) {
    try (InputStream in = base.openJson()) {
      return CatalogReader.read(in, base.name());
    } catch (IOException e) {
      throw new CatalogException(base.name(), 0, 0, e.getMessage(), e);
    }
  }

  /** Reads a user catalog file, with plain messages for the usual ways a path can be wrong. */
  public static CatalogData readFile(Path path) {
    String name = path.toString();
    long limit = documentLimit(path);
    try (InputStream in = open(path)) {
      return CatalogReader.read(in, name, limit);
    } catch (IOException e) {
      throw new CatalogException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * How big a file the user named may be: its size when it is a regular file (taken before it is
   * opened, so a file that grows while it is read is cut off at the size it was named with), the
   * default limit for a pipe or a device.
   */
  private static long documentLimit(Path path) {
    try {
      return CatalogReader.documentLimit(Files.isRegularFile(path) ? Files.size(path) : -1);
    } catch (IOException e) {
      return CatalogReader.MAX_DOCUMENT; // reported when the file is opened
    }
  }

  private static InputStream open(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new CatalogException(name, 0, 0, "is a directory, not a catalog file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new CatalogException(name, 0, 0, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new CatalogException(name, 0, 0, "permission denied", e);
    } catch (IOException e) {
      throw new CatalogException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * A catalog made of user files laid over the bundled one (or over each other, without it).
   *
   * @param overrides a note per model or org a user file replaced
   * @param conflicts a warning per name that now finds two models
   */
  public record Layered(
      Catalog catalog, List<CatalogProblem> overrides, List<CatalogProblem> conflicts) {}

  /**
   * Reads the files in order, each laid over the ones before, through the cache when they are big:
   * the merged catalog and what the merge reported are kept in one entry, used while no file (nor
   * the bundled catalog) has changed. The result is the same either way.
   *
   * @param base the catalog to start from, or null to use the files alone
   * @param cache the cache, or null for none
   * @throws CatalogException for the first file that cannot be read, or a merged catalog whose
   *     references do not resolve
   */
  public static Layered layered(List<Path> files, BaseCatalog base, CatalogCache cache) {
    boolean overBundled = base != null;
    Path entry = null;
    Long bundled = null;
    long size = totalSize(files);
    if (cache != null && cache.applies(size)) {
      try {
        bundled = overBundled ? checksum(base) : null;
        entry = cache.entryFor(files, overBundled);
        if (cache.mayHold(entry, files, overBundled)) {
          byte[] stamp = CatalogCache.stamp(files, bundled);
          CatalogCache.Entry hit =
              cache.lookup(
                  entry, stamp, layeredSource(files, base), CatalogCache.maxEntrySize(size));
          if (hit != null) {
            return fromProblems(hit.catalog(), hit.problems());
          }
        }
      } catch (IOException e) {
        entry = null; // a file that cannot be stamped is reported by the reading below
      }
    }
    Runnable hook = beforeParse;
    if (hook != null) {
      hook.run();
    }
    List<CatalogData> layers = new ArrayList<>();
    if (overBundled) {
      layers.add(readBase(base));
    }
    // The entry is stamped with exactly the bytes that were parsed, not with what the files held
    // at the look-up: a file replaced in between must not lend its stamp to the other's data.
    List<CatalogCache.FileStamp> parsed = new ArrayList<>();
    for (Path file : files) {
      layers.add(entry == null ? readFile(file) : readStamped(file, parsed));
    }
    CatalogLayers.Merged merged = CatalogLayers.merge(layers, overBundled);
    CatalogCache.Pending pending = null;
    if (entry != null && CatalogCache.stillAsParsed(parsed) && sameBase(base, bundled)) {
      List<CatalogProblem> problems = new ArrayList<>(merged.overrides());
      problems.addAll(merged.conflicts());
      try {
        // Written beside the consistency checks, kept only if they pass.
        pending =
            cache.storeAside(entry, CatalogCache.stampOf(parsed, bundled), merged.data(), problems);
      } catch (IOException e) {
        // not cached this time
      }
    }
    Catalog catalog;
    try {
      catalog = Catalog.of(merged.data());
    } catch (RuntimeException e) {
      if (pending != null) {
        pending.discard();
      }
      throw e;
    }
    if (pending != null) {
      pending.commit();
    }
    return new Layered(catalog, merged.overrides(), merged.conflicts());
  }

  /**
   * Whether the base catalog is still the one checksummed at the look-up: an installed catalog
   * replaced during the parse ({@code catalog update}) must not lend its checksum to the other's
   * data. The bundled catalog is part of the jar and cannot change.
   */
  private static boolean sameBase(BaseCatalog base, Long checksum) {
    if (base == null || base.isBundled()) {
      return true;
    }
    try {
      return checksum != null && checksum(base) == checksum;
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a user file as {@link #readFile} does, stamping the bytes the parser was given. */
  private static CatalogData readStamped(Path path, List<CatalogCache.FileStamp> stamps) {
    String name = path.toString();
    long modified;
    try {
      modified = Files.getLastModifiedTime(path).toMillis(); // before the bytes: never newer
    } catch (IOException e) {
      modified = -1; // reported by the reading below
    }
    long limit = documentLimit(path);
    try (InputStream file = open(path);
        CatalogCache.StampingStream in = new CatalogCache.StampingStream(file)) {
      CatalogData data = CatalogReader.read(in, name, limit);
      in.transferTo(java.io.OutputStream.nullOutputStream());
      stamps.add(new CatalogCache.FileStamp(path, in.count(), modified, in.checksum()));
      return data;
    } catch (IOException e) {
      throw new CatalogException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The merged catalog's name, as {@link CatalogLayers} makes it. */
  private static String layeredSource(List<Path> files, BaseCatalog base) {
    List<String> sources = new ArrayList<>();
    if (base != null) {
      sources.add(base.name());
    }
    files.forEach(f -> sources.add(f.toString()));
    return String.join(" + ", sources);
  }

  /** Splits cached problems back into overrides (notes) and conflicts (warnings). */
  private static Layered fromProblems(Catalog catalog, List<CatalogProblem> problems) {
    List<CatalogProblem> overrides = new ArrayList<>();
    List<CatalogProblem> conflicts = new ArrayList<>();
    for (CatalogProblem p : problems) {
      (p.severity() == CatalogProblem.Severity.NOTE ? overrides : conflicts).add(p);
    }
    return new Layered(catalog, List.copyOf(overrides), List.copyOf(conflicts));
  }

  private static long totalSize(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.isRegularFile(file) ? Files.size(file) : 0;
      } catch (IOException e) {
        // reported when the file is read
      }
    }
    return total;
  }

  /** The checksum of the base catalog as it is stored (its binary form, else the JSON). */
  private static long checksum(BaseCatalog base) throws IOException {
    InputStream in = base.openBinary();
    try (InputStream bundled = in != null ? in : base.openJson()) {
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(bundled.readAllBytes());
      return crc.getValue();
    }
  }

  /** The bundled catalog read for {@code validate}: every problem, not just the first. */
  public static CatalogReader.Checked checkBundled() {
    return checkBase(BaseCatalog.BUNDLED);
  }

  /** The base catalog read for {@code validate}: every problem, not just the first. */
  public static CatalogReader.Checked checkBase(BaseCatalog base) {
    try (InputStream in = base.openJson()) {
      return CatalogReader.check(in, base.name());
    } catch (CatalogException e) {
      return unreadable(e);
    } catch (IOException e) {
      return unreadable(new CatalogException(base.name(), 0, 0, e.getMessage(), e));
    }
  }

  /** A user file read for {@code validate}; a file that cannot be opened is one problem. */
  public static CatalogReader.Checked checkFile(Path path) {
    long limit = documentLimit(path);
    try (InputStream in = open(path)) {
      return CatalogReader.check(in, path.toString(), limit);
    } catch (CatalogException e) {
      return unreadable(e);
    } catch (IOException e) {
      return unreadable(
          new CatalogException(path.toString(), 0, 0, "cannot read: " + e.getMessage(), e));
    }
  }

  private static CatalogReader.Checked unreadable(CatalogException e) {
    return new CatalogReader.Checked(
        null, List.of(CatalogProblem.error("file", e.position(), e.problem())), Set.of());
  }
}
