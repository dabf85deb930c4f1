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

  /**
   * No entry of ours is bigger: the binary form of the biggest catalog the reader accepts is
   * smaller than its JSON. Anything bigger is not read into memory.
   */
  static final long MAX_ENTRY_SIZE = 2 * CatalogReader.MAX_DOCUMENT;

  /** How entries and the temporary files they are written through are named. */
  private static final java.util.regex.Pattern ENTRY_NAME =
      java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{8}\\.bin");

  private static final java.util.regex.Pattern TEMPORARY_NAME =
      java.util.regex.Pattern.compile("entry[0-9]+\\.tmp");

  /** A temporary file this old belongs to a write that was killed; no write takes this long. */
  private static final long STALE_TEMPORARY_MILLIS = 10 * 60 * 1000;

  private final Path dir;
  private final long minSize;

  public CatalogCache(Path dir, long minSize) {
    this.dir = dir;
    this.minSize = minSize;
  }

  /**
   * The cache under {@code $XDG_CACHE_HOME/llmscape} (or {@code ~/.cache}), or null if neither. A
   * relative XDG_CACHE_HOME or HOME is ignored, as the XDG Base Directory spec says of the former:
   * it would put the cache under whatever directory llmscape runs in.
   */
  public static CatalogCache inUserCacheDir(String xdgCacheHome, String home) {
    Path base =
        absolute(xdgCacheHome)
            ? Path.of(xdgCacheHome)
            : absolute(home) ? Path.of(home, ".cache") : null;
    return base == null
        ? null
        : new CatalogCache(base.resolve("llmscape").resolve("catalogs"), DEFAULT_MIN_SIZE);
  }

  private static boolean absolute(String path) {
    try {
      return path != null && !path.isEmpty() && Path.of(path).isAbsolute();
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * Whether files of this total size go through the cache: big enough to gain, and not bigger than
   * the reader accepts (checksumming a huge file only to have it rejected would take minutes).
   */
  boolean applies(long size) {
    return size >= minSize && size <= CatalogReader.MAX_DOCUMENT;
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
    List<FileStamp> stamps = new ArrayList<>();
    for (Path catalog : catalogs) {
      stamps.add(
          new FileStamp(
              catalog,
              Files.size(catalog),
              Files.getLastModifiedTime(catalog).toMillis(),
              checksum(catalog)));
    }
    return stampOf(stamps, bundled);
  }

  /** The stamp of files as they were read (see {@link StampingStream}). */
  static byte[] stampOf(List<FileStamp> stamps, Long bundled) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBoolean(bundled != null);
      out.writeLong(bundled == null ? 0 : bundled);
      out.writeInt(stamps.size());
      for (FileStamp s : stamps) {
        out.writeUTF(s.file().toString());
        out.writeLong(s.size());
        out.writeLong(s.modified());
        out.writeLong(s.checksum());
      }
    }
    return bytes.toByteArray();
  }

  /**
   * One file's part of a stamp.
   *
   * @param modified its modification time in milliseconds, taken before its bytes were read
   */
  record FileStamp(Path file, long size, long modified, long checksum) {}

  /**
   * Whether the files still have the size and modification time they had when they were parsed; if
   * not, one was replaced during the parse and nothing is stored.
   */
  static boolean stillAsParsed(List<FileStamp> stamps) {
    try {
      for (FileStamp s : stamps) {
        if (Files.size(s.file()) != s.size()
            || Files.getLastModifiedTime(s.file()).toMillis() != s.modified()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Passes a file's bytes to the parser, counting them and computing their CRC-32C. */
  static final class StampingStream extends java.io.FilterInputStream {
    private final CRC32C crc = new CRC32C();
    private long count;

    StampingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        crc.update(b);
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        crc.update(b, off, n);
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return super.skip(0); // every byte must pass through the checksum
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /** Left open when the parser closes it, so the rest of the file can still be counted. */
    @Override
    public void close() {}

    long count() {
      return count;
    }

    long checksum() {
      return crc.getValue();
    }
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
      byte[] bytes = readEntry(entry, stamp);
      if (bytes == null || !Arrays.equals(bytes, 8, 8 + stamp.length, stamp, 0, stamp.length)) {
        return null;
      }
      ByteBuffer head = ByteBuffer.wrap(bytes);
      head.position(8 + stamp.length);
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
      // The whole entry is decoded and checked now, inside this fallback, rather than model by
      // model as commands ask: a body that passes the checksum but decodes wrongly (or to what
      // the loader would refuse) means reading the JSON, never a failure or a wrong answer later.
      CatalogData data = CatalogBinary.read(bytes, catalogAt, source);
      if (!problemsEncodeTo(problems, bytes, body, catalogAt)
          || !encodesTo(data, bytes, catalogAt)) {
        return null;
      }
      return new Entry(Catalog.of(data), List.copyOf(problems));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * An entry's bytes, if it is a regular file (not a link) of a plausible size that starts with
   * this format's magic and a stamp of this length; else null, without reading the rest.
   */
  private static byte[] readEntry(Path entry, byte[] stamp) throws IOException {
    java.nio.file.attribute.BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(
              entry,
              java.nio.file.attribute.BasicFileAttributes.class,
              java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    long size = attributes.size();
    if (!attributes.isRegularFile() || size < 8 + stamp.length + 8 || size > MAX_ENTRY_SIZE) {
      return null;
    }
    try (FileChannel file =
        FileChannel.open(entry, StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer head = ByteBuffer.allocate(8);
      while (head.hasRemaining() && file.read(head) >= 0) {}
      head.flip();
      if (head.remaining() < 8 || head.getInt() != MAGIC || head.getInt() != stamp.length) {
        return null;
      }
      if (file.size() != size) {
        return null; // changed under us
      }
      ByteBuffer all = ByteBuffer.allocate((int) size);
      all.put(head.flip());
      while (all.hasRemaining() && file.read(all) >= 0) {}
      return all.hasRemaining() ? null : all.array();
    }
  }

  /** Whether the notes and warnings write back to exactly their bytes in the entry. */
  private static boolean problemsEncodeTo(
      List<CatalogProblem> problems, byte[] bytes, int from, int to) throws IOException {
    ByteArrayOutputStream again = new ByteArrayOutputStream(to - from);
    try (DataOutputStream out = new DataOutputStream(again)) {
      writeProblems(out, problems);
    }
    return Arrays.equals(again.toByteArray(), 0, again.size(), bytes, from, to);
  }

  /**
   * Whether the decoded catalog writes back to exactly the entry's bytes: what was decoded is what
   * the bytes say, with nothing left over, read twice or replaced (malformed UTF-8).
   */
  private static boolean encodesTo(CatalogData data, byte[] bytes, int at) throws IOException {
    class Comparing extends java.io.OutputStream {
      int position = at;
      boolean same = true;

      @Override
      public void write(int b) {
        same &= position < bytes.length && bytes[position++] == (byte) b;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (!same || position + len > bytes.length) {
          same = false;
          return;
        }
        same = Arrays.equals(b, off, off + len, bytes, position, position + len);
        position += len;
      }
    }
    Comparing out = new Comparing();
    CatalogBinary.write(data, new BufferedOutputStream(out, 1 << 16));
    return out.same && out.position == bytes.length;
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
      // Removed if the run ends during the write (Ctrl-C, SIGTERM); after kill -9, by pruning.
      tmp.toFile().deleteOnExit();
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
    List<Path> entries = new ArrayList<>();
    long stale = System.currentTimeMillis() - STALE_TEMPORARY_MILLIS;
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (ENTRY_NAME.matcher(name).matches()) {
          entries.add(f);
        } else if (TEMPORARY_NAME.matcher(name).matches() && modified(f) < stale) {
          Files.deleteIfExists(f); // left by a write that was killed
        }
      }
    }
    if (entries.size() <= MAX_ENTRIES) {
      return;
    }
    List<Path> oldestFirst = new ArrayList<>(entries);
    oldestFirst.sort(java.util.Comparator.comparingLong(CatalogCache::modified));
    for (Path old : oldestFirst.subList(0, entries.size() - MAX_ENTRIES)) {
      if (!old.equals(keep)) {
        Files.deleteIfExists(old);
      }
    }
  }

  private static long modified(Path f) {
    try {
      return Files.getLastModifiedTime(f, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis();
    } catch (IOException e) {
      return Long.MIN_VALUE; // gone or unreadable: first to go
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
