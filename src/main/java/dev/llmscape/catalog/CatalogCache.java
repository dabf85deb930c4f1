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

  /**
   * "LMS" and the entry layout's version: magic, stamp, body checksum, notes, catalog. 3: the
   * catalog's binary form may end in index tables ({@link StoredIndexTables}; entries have none);
   * an entry of version 2 is not read (its catalog's fingerprint would not match either), and is
   * replaced.
   */
  private static final int MAGIC = 0x4c4d5303;

  /** How many catalogs the cache keeps; the ones written longest ago go first. */
  static final int MAX_ENTRIES = 8;

  /**
   * How big an entry made from files of this total size can be: the binary form of a catalog is
   * smaller than its JSON, and the bundled or installed catalog underneath is under the default
   * limit. Anything bigger is not one of ours and is not read into memory.
   */
  static long maxEntrySize(long filesSize) {
    return Math.min(Integer.MAX_VALUE - 16, 2 * (filesSize + CatalogReader.MAX_DOCUMENT));
  }

  /** How entries and the temporary files they are written through are named. */
  private static final java.util.regex.Pattern ENTRY_NAME =
      java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{8}\\.bin");

  private static final java.util.regex.Pattern TEMPORARY_NAME =
      java.util.regex.Pattern.compile("entry[0-9]+\\.tmp");

  /** A temporary file this old belongs to a write that was killed; no write takes this long. */
  private static final long STALE_TEMPORARY_MILLIS = 10 * 60 * 1000;

  /**
   * Entries up to this size are decoded and checked whole at the look-up; bigger ones are decoded
   * org by org as queries ask, as the installed catalogs are. Checking an entry whole (decoding
   * every model, the loader's consistency checks, writing it back to compare) costs about what
   * reading its JSON does: 1.3 s of CPU for 100,000 models (a repeat query 2.1x jq's time instead
   * of 0.2x), longer than the JSON for 1,000,000. Up to 4 MB (about 13,000 models) it costs under
   * 0.2 s.
   */
  static final long DEFAULT_FULL_CHECK_LIMIT = 4L << 20;

  private final Path dir;
  private final long minSize;
  private final long fullCheckLimit;

  public CatalogCache(Path dir, long minSize) {
    this(dir, minSize, DEFAULT_FULL_CHECK_LIMIT);
  }

  CatalogCache(Path dir, long minSize, long fullCheckLimit) {
    this.dir = dir;
    this.minSize = minSize;
    this.fullCheckLimit = fullCheckLimit;
  }

  /**
   * The cache under {@code $XDG_CACHE_HOME/llmscape} (or {@code ~/.cache}), or null if neither. A
   * relative XDG_CACHE_HOME or HOME is ignored, as the XDG Base Directory spec says of the former:
   * it would put the cache under whatever directory llmscape runs in.
   */
  public static CatalogCache inUserCacheDir(String xdgCacheHome, String home) {
    Path base = UserDirs.llmscape(xdgCacheHome, home, ".cache");
    return base == null ? null : new CatalogCache(base.resolve("catalogs"), DEFAULT_MIN_SIZE);
  }

  /**
   * Whether files of this total size go through the cache: big enough to gain. There is no upper
   * bound, as a file the user names is read up to its own size ({@link
   * CatalogReader#documentLimit}); a huge file is not checksummed unless an entry was made from a
   * file of its size and time ({@link #mayHold}).
   */
  boolean applies(long size) {
    return size >= minSize;
  }

  /**
   * Whether the entry at this place was made from files of these names, sizes and modification
   * times, read from its header alone: only then is it worth checksumming the files for {@link
   * #lookup}. A miss costs no pass over the files, so a huge file that will not parse (a 20 GB
   * sparse file) is rejected by the reader at once rather than after minutes of checksumming.
   */
  boolean mayHold(Path entry, List<Path> catalogs, boolean overBundled) {
    try (DataInputStream in =
        new DataInputStream(
            new java.io.BufferedInputStream(
                Files.newInputStream(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS), 8192))) {
      if (in.readInt() != MAGIC) {
        return false;
      }
      in.readInt(); // the stamp's length
      if (in.readBoolean() != overBundled) {
        return false;
      }
      in.readLong(); // the bundled catalog's checksum, compared by lookup
      if (in.readInt() != catalogs.size()) {
        return false;
      }
      for (Path catalog : catalogs) {
        if (!in.readUTF().equals(catalog.toString())
            || in.readLong() != Files.size(catalog)
            || in.readLong() != Files.getLastModifiedTime(catalog).toMillis()) {
          return false;
        }
        in.readLong(); // the checksum, compared by lookup
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
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
    return lookup(entry, stamp, source, maxEntrySize(0));
  }

  /**
   * As {@link #lookup(Path, byte[], String)}, with the largest entry the files can have made.
   *
   * @param maxSize an entry bigger than this is not read ({@link #maxEntrySize})
   */
  Entry lookup(Path entry, byte[] stamp, String source, long maxSize) {
    try {
      byte[] bytes = readEntry(entry, stamp, maxSize);
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
      if (bytes.length > fullCheckLimit) {
        return lazily(entry, bytes, catalogAt, source, problems);
      }
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
   * A big entry whose checksum matched, decoded as {@link CatalogLoader#base} decodes an installed
   * catalog: the header and segment directory now (a damaged one means reading the JSON), an org's
   * models when a query asks for them. What the checksum cannot catch, a body changed on purpose
   * with its checksum recomputed, surfaces then as a {@link CatalogException} naming the entry,
   * which is removed so that the next run reads the JSON: a failure with exit code 1, never a wrong
   * answer from a segment that does not decode.
   */
  private static Entry lazily(
      Path entry, byte[] bytes, int catalogAt, String source, List<CatalogProblem> problems) {
    CatalogBinary.Decoded decoded = CatalogBinary.decode(bytes, catalogAt, source);
    decoded.onCorrupt(
        e -> {
          try {
            Files.deleteIfExists(entry);
          } catch (IOException | RuntimeException ignored) {
            // reported below all the same; the stamp no longer matching is for the next write
          }
          return new CatalogException(
              source,
              0,
              0,
              "the cache entry "
                  + entry
                  + " is damaged and was removed; run again to read the catalog file (or set"
                  + " LLMSCAPE_NO_CACHE=1)",
              e);
        });
    return new Entry(Catalog.decoded(decoded), List.copyOf(problems));
  }

  /**
   * An entry's bytes, if it is a regular file (not a link) of a plausible size that starts with
   * this format's magic and a stamp of this length; else null, without reading the rest.
   */
  private static byte[] readEntry(Path entry, byte[] stamp, long maxSize) throws IOException {
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
    if (!attributes.isRegularFile() || size < 8 + stamp.length + 8 || size > maxSize) {
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
      // A megabyte at a time: the channel copies a heap buffer through a temporary direct one of
      // the size asked for, which for a 300 MB entry would double the run's peak memory.
      while (all.hasRemaining()) {
        ByteBuffer block = all.slice(all.position(), Math.min(all.remaining(), 1 << 20));
        int n = file.read(block);
        if (n < 0) {
          break;
        }
        all.position(all.position() + n);
      }
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
    CatalogBinary.write(data, new BufferedOutputStream(out, 1 << 16), false);
    return out.same && out.position == bytes.length;
  }

  /** Writes an entry; failures are ignored (the next run reads the JSON again). */
  void store(Path entry, byte[] stamp, CatalogData data, List<CatalogProblem> problems) {
    storeAside(entry, stamp, data, problems).commit();
  }

  /**
   * Starts writing an entry on another thread, to a temporary file that becomes the entry only on
   * {@link Pending#commit}: the caller checks the catalog's consistency ({@link Catalog#of}) on its
   * own thread meanwhile, and a catalog that fails those checks is {@link Pending#discard
   * discarded}, never cached. On two cores this takes writing the entry (seconds for a
   * 1,000,000-model catalog) off the first read's critical path.
   */
  Pending storeAside(Path entry, byte[] stamp, CatalogData data, List<CatalogProblem> problems) {
    Pending pending = new Pending(entry);
    Thread writer =
        new Thread(() -> pending.tmp = writeTemporary(stamp, data, problems), "llmscape-cache");
    writer.setDaemon(true); // a run that fails does not wait for it; commit and discard join it
    pending.writer = writer;
    writer.start();
    return pending;
  }

  /** An entry being written by {@link #storeAside}. */
  final class Pending {
    private final Path entry;
    private Thread writer;
    private volatile Path tmp;

    private Pending(Path entry) {
      this.entry = entry;
    }

    /** Waits for the write and puts the entry in place; failures are ignored. */
    void commit() {
      Path written = finish();
      if (written == null) {
        return;
      }
      try {
        try {
          Files.move(
              written, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(written, entry, StandardCopyOption.REPLACE_EXISTING);
        }
        prune(entry);
      } catch (IOException | RuntimeException e) {
        deleteQuietly(written); // a cache that cannot be written is no cache
      }
    }

    /** Waits for the write and removes what it wrote. */
    void discard() {
      Path written = finish();
      if (written != null) {
        deleteQuietly(written);
      }
    }

    private Path finish() {
      boolean interrupted = false;
      while (writer.isAlive()) {
        try {
          writer.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return tmp;
    }
  }

  /** Writes an entry's bytes to a temporary file in the cache; null if that fails. */
  private Path writeTemporary(byte[] stamp, CatalogData data, List<CatalogProblem> problems) {
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
        // Without index tables (see CatalogBinary.write); flushed, and the channel left open
        // for the checksum.
        CatalogBinary.write(data, out, false);
        ByteBuffer checksum = ByteBuffer.allocate(8).putLong(body.getChecksum().getValue());
        checksum.flip();
        file.write(checksum, 8 + stamp.length);
      }
      return tmp;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp); // a cache that cannot be written is no cache
      return null;
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing more to do
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
