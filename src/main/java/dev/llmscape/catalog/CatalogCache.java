package dev.llmscape.catalog;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A cache of big user catalogs in {@link CatalogBinary} form under a directory ({@code
 * $XDG_CACHE_HOME/llmscape/catalogs}): one entry per catalog file used alone, and one per list of
 * files laid over each other (with or without the bundled catalog), holding the merged catalog and
 * what the merge reported. An entry is used only when every file's size, modification time and
 * CRC-32C (and the bundled catalog's checksum) match the ones it was made from; otherwise the JSON
 * is read and the entry rewritten. Any problem with the cache (unwritable, corrupt, another format)
 * only means reading the JSON: the cache can make a run faster, never different.
 */
public final class CatalogCache {
  /** Below this size the JSON reads about as fast as a cache entry and is not cached. */
  public static final long DEFAULT_MIN_SIZE = 1L << 20;

  /** "LMS" and the entry layout's version: magic, stamp, body checksum, notes, catalog. */
  private static final int MAGIC = 0x4c4d5302;

  /** How many catalogs the cache keeps; the ones written longest ago go first. */
  static final int MAX_ENTRIES = 8;

  private final Path dir;
  private final long minSize;

  public CatalogCache(Path dir, long minSize) {
    this.dir = dir;
    this.minSize = minSize;
  }

  /**
   * The cache under {@code $XDG_CACHE_HOME/llmscape} (or {@code ~/.cache}), or null if neither. A
   * relative XDG_CACHE_HOME is ignored, as the XDG Base Directory spec says: it would put the cache
   * under whatever directory llmscape runs in.
   */
  public static CatalogCache inUserCacheDir(String xdgCacheHome, String home) {
    boolean xdg = xdgCacheHome != null && Path.of(xdgCacheHome).isAbsolute();
    Path base = xdg ? Path.of(xdgCacheHome) : home != null ? Path.of(home, ".cache") : null;
    return base == null
        ? null
        : new CatalogCache(base.resolve("llmscape").resolve("catalogs"), DEFAULT_MIN_SIZE);
  }

  boolean applies(long size) {
    return size >= minSize;
  }

  /**
   * Where the entry for these files laid over each other (and over the bundled catalog) lives;
   * named after their absolute paths, so each combination has one entry.
   */
  Path entryFor(List<Path> catalogs, boolean overBundled) {
    StringBuilder key = new StringBuilder(overBundled ? "bundled" : "");
    for (Path catalog : catalogs) {
      key.append('\n').append(catalog.toAbsolutePath().normalize());
    }
    String name = key.toString();
    CRC32C crc = new CRC32C();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return dir.resolve(String.format("%08x-%08x.bin", name.hashCode(), (int) crc.getValue()));
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
   * What an entry is made from: each file's name as given (the catalog's messages use it), size,
   * modification time and checksum, and the bundled catalog's checksum when it lies underneath. Any
   * difference means the files are read again.
   *
   * @param bundled the bundled catalog's checksum, or null when the files are used alone
   */
  static byte[] stamp(List<Path> catalogs, Long bundled) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBoolean(bundled != null);
      out.writeLong(bundled == null ? 0 : bundled);
      out.writeInt(catalogs.size());
      for (Path catalog : catalogs) {
        out.writeUTF(catalog.toString());
        out.writeLong(Files.size(catalog));
        out.writeLong(Files.getLastModifiedTime(catalog).toMillis());
        out.writeLong(checksum(catalog));
      }
    }
    return bytes.toByteArray();
  }

  /**
   * A cached catalog with the notes and warnings that reading it gave.
   *
   * @param problems what the merge reported (overrides and name conflicts), in order
   */
  record Entry(Catalog catalog, List<CatalogProblem> problems) {}

  /**
   * The entry at this place if it was made from exactly this stamp, else null.
   *
   * @param source the catalog's name in messages
   */
  Entry lookup(Path entry, byte[] stamp, String source) {
    try {
      if (!Files.isRegularFile(entry)) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(entry);
      ByteBuffer head = ByteBuffer.wrap(bytes);
      if (bytes.length < 8 || head.getInt() != MAGIC) {
        return null;
      }
      int stampLength = head.getInt();
      if (stampLength != stamp.length || bytes.length < 8 + stampLength + 8) {
        return null;
      }
      if (!Arrays.equals(bytes, 8, 8 + stampLength, stamp, 0, stamp.length)) {
        return null;
      }
      head.position(8 + stampLength);
      long bodyChecksum = head.getLong();
      int body = head.position();
      CRC32C crc = new CRC32C();
      crc.update(bytes, body, bytes.length - body);
      if (crc.getValue() != bodyChecksum) {
        return null;
      }
      DataInputStream in =
          new DataInputStream(new ByteArrayInputStream(bytes, body, bytes.length - body));
      List<CatalogProblem> problems = readProblems(in);
      int catalogAt = bytes.length - in.available();
      return new Entry(
          Catalog.decoded(CatalogBinary.decode(bytes, catalogAt, source)), List.copyOf(problems));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes an entry; failures are ignored (the next run reads the JSON again). */
  void store(Path entry, byte[] stamp, CatalogData data, List<CatalogProblem> problems) {
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // Streamed to the file with the checksum computed on the way and filled in last: a
      // 100,000-model catalog's binary form is tens of MB, and building it in memory first would
      // add that much to the run's peak memory.
      tmp = Files.createTempFile(dir, "entry", ".tmp");
      try (FileChannel file = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        CheckedOutputStream body =
            new CheckedOutputStream(
                new BufferedOutputStream(Channels.newOutputStream(file), 1 << 16), new CRC32C());
        DataOutputStream out = new DataOutputStream(body);
        ByteBuffer head = ByteBuffer.allocate(8 + stamp.length + 8);
        head.putInt(MAGIC).putInt(stamp.length).put(stamp).putLong(0).flip();
        while (head.hasRemaining()) {
          file.write(head);
        }
        writeProblems(out, problems);
        CatalogBinary.write(data, out); // flushed, and the channel left open for the checksum
        ByteBuffer checksum = ByteBuffer.allocate(8).putLong(body.getChecksum().getValue());
        checksum.flip();
        file.write(checksum, 8 + stamp.length);
      }
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      prune(entry);
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

  /**
   * Keeps the cache to {@link #MAX_ENTRIES} entries, removing the ones written longest ago: each
   * holds a whole catalog (about 25 MB for 100,000 models), and every file or list of files used
   * makes one.
   */
  private void prune(Path keep) throws IOException {
    List<Path> entries;
    try (var files = Files.list(dir)) {
      entries = files.filter(f -> f.getFileName().toString().endsWith(".bin")).toList();
    }
    if (entries.size() <= MAX_ENTRIES) {
      return;
    }
    List<Path> oldestFirst = new ArrayList<>(entries);
    oldestFirst.sort(
        java.util.Comparator.comparingLong(
            f -> {
              try {
                return Files.getLastModifiedTime(f).toMillis();
              } catch (IOException e) {
                return Long.MIN_VALUE; // gone or unreadable: first to go
              }
            }));
    for (Path old : oldestFirst.subList(0, entries.size() - MAX_ENTRIES)) {
      if (!old.equals(keep)) {
        Files.deleteIfExists(old);
      }
    }
  }

  private static void writeProblems(DataOutputStream out, List<CatalogProblem> problems)
      throws IOException {
    out.writeInt(problems.size());
    for (CatalogProblem p : problems) {
      out.writeByte(p.severity().ordinal());
      out.writeUTF(p.rule());
      out.writeUTF(p.at().source());
      out.writeInt(p.at().line());
      out.writeInt(p.at().column());
      writeOptional(out, p.model());
      writeOptional(out, p.org());
      out.writeUTF(p.message());
    }
  }

  private static List<CatalogProblem> readProblems(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("bad problem count");
    }
    List<CatalogProblem> problems = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CatalogProblem.Severity severity = CatalogProblem.Severity.values()[in.readByte()];
      String rule = in.readUTF();
      SourcePosition at = new SourcePosition(in.readUTF(), in.readInt(), in.readInt());
      problems.add(
          new CatalogProblem(severity, rule, at, readOptional(in), readOptional(in), in.readUTF()));
    }
    return problems;
  }

  private static void writeOptional(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
