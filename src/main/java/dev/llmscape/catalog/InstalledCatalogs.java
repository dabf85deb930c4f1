package dev.llmscape.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Catalogs installed by {@code llmscape catalog update}, under {@code $XDG_DATA_HOME/llmscape}
 * (default {@code ~/.local/share/llmscape}): each in {@code store/} as its JSON and binary form,
 * named by the JSON's SHA-256, and a small {@code state} file naming the current and the previous
 * one. Installing writes the new files first and then replaces {@code state} in one atomic rename,
 * so a run killed at any point leaves either the old catalog or the new one in use, never a mix;
 * files a killed run left behind are removed by the next install.
 */
public final class InstalledCatalogs {
  private static final String STATE = "state";
  private static final String STORE = "store";
  private static final java.time.Duration STALE = java.time.Duration.ofHours(1);

  private final Path dir;

  public InstalledCatalogs(Path dir) {
    this.dir = dir;
  }

  /**
   * The user's store: {@code $XDG_DATA_HOME/llmscape}, else {@code $HOME/.local/share/llmscape};
   * null when neither is an absolute path (the XDG spec says to ignore relative ones).
   */
  public static InstalledCatalogs inUserDataDir(String xdgDataHome, String home) {
    Path dir = UserDirs.llmscape(xdgDataHome, home, ".local", "share");
    return dir == null ? null : new InstalledCatalogs(dir);
  }

  public Path dir() {
    return dir;
  }

  /**
   * One installed catalog.
   *
   * @param source where it was downloaded from
   * @param installedAt when, as an ISO-8601 instant
   * @param etag the server's ETag for it, or null
   * @param lastModified the server's Last-Modified for it, or null
   */
  public record Installed(
      String version,
      String date,
      String sha256,
      String source,
      String installedAt,
      String etag,
      String lastModified,
      Path json,
      Path binary) {}

  /** The catalog installed last (or rolled back to), or null when none is. */
  public Installed current() {
    return read("current");
  }

  /** The catalog that was current before it, or null. */
  public Installed previous() {
    return read("previous");
  }

  private Installed read(String slot) {
    Properties state = state();
    String sha = state.getProperty(slot + ".sha256");
    if (sha == null || !sha.matches("[0-9a-f]{64}")) {
      return null;
    }
    return new Installed(
        state.getProperty(slot + ".version", "?"),
        state.getProperty(slot + ".date", "?"),
        sha,
        state.getProperty(slot + ".source"),
        state.getProperty(slot + ".installed"),
        state.getProperty(slot + ".etag"),
        state.getProperty(slot + ".lastModified"),
        dir.resolve(STORE).resolve(sha + ".json"),
        dir.resolve(STORE).resolve(sha + ".bin"));
  }

  private Properties state() {
    Properties state = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve(STATE), StandardCharsets.UTF_8)) {
      state.load(in);
    } catch (NoSuchFileException e) {
      // nothing installed
    } catch (IOException | IllegalArgumentException e) {
      // An unreadable state file means nothing usable is installed: the bundled catalog serves.
      return new Properties();
    }
    return state;
  }

  /** A catalog written to the store, ready to be put in use by {@link #install}. */
  public record Staged(String sha256, String version, String date) {}

  /**
   * Writes a catalog's JSON and binary form into the store, named by the JSON's SHA-256, without
   * putting it in use. Safe without the lock: each file is renamed into place whole, and two runs
   * staging the same catalog write the same bytes.
   */
  public Staged stage(byte[] json, CatalogData data, String sha256) throws IOException {
    Path store = Files.createDirectories(dir.resolve(STORE));
    writeAtomically(store.resolve(sha256 + ".json"), out -> out.write(json));
    writeAtomically(store.resolve(sha256 + ".bin"), out -> CatalogBinary.write(data, out));
    return new Staged(sha256, data.version(), data.date() == null ? "?" : data.date().toString());
  }

  /**
   * Installs a catalog: stages it, then, holding the store's lock, puts it in use, keeping the one
   * in use before as the previous one, and removes what neither names. A run killed before the
   * switch leaves the old catalog in use; its files are removed by a later install.
   *
   * @throws IOException when a file cannot be written (a full disk): the catalog in use stays
   */
  public void install(
      byte[] json, CatalogData data, String sha256, String source, String etag, String lastModified)
      throws IOException {
    Staged staged = stage(json, data, sha256);
    withLock(
        () -> {
          Properties old = state();
          Properties next = new Properties();
          copy(old, "current", next, "previous");
          next.setProperty("current.sha256", staged.sha256());
          next.setProperty("current.version", staged.version());
          next.setProperty("current.date", staged.date());
          next.setProperty("current.source", source);
          next.setProperty("current.installed", java.time.Instant.now().toString());
          if (etag != null) {
            next.setProperty("current.etag", etag);
          }
          if (lastModified != null) {
            next.setProperty("current.lastModified", lastModified);
          }
          writeState(next);
          prune(next);
        });
  }

  /**
   * Goes back to the previous catalog: the two swap places, so a second rollback undoes the first.
   * With no previous catalog, the installed one is set aside and the bundled one serves.
   *
   * @return the catalog now in use, or null for the bundled one
   * @throws IllegalStateException when nothing is installed
   */
  public Installed rollback() throws IOException {
    Installed[] result = new Installed[1];
    withLock(
        () -> {
          Properties old = state();
          if (old.getProperty("current.sha256") == null
              && old.getProperty("previous.sha256") == null) {
            throw new IllegalStateException("no catalog is installed; the bundled one is in use");
          }
          Properties next = new Properties();
          copy(old, "previous", next, "current");
          copy(old, "current", next, "previous");
          writeState(next);
          result[0] = current();
        });
    return result[0];
  }

  private static void copy(Properties from, String slot, Properties to, String as) {
    for (String key : from.stringPropertyNames()) {
      if (key.startsWith(slot + ".")) {
        to.setProperty(as + key.substring(slot.length()), from.getProperty(key));
      }
    }
  }

  private void writeState(Properties state) throws IOException {
    writeAtomically(
        dir.resolve(STATE),
        out -> {
          Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
          state.store(w, "llmscape: installed catalogs (written by llmscape catalog update)");
          w.flush();
        });
  }

  /**
   * Removes store files that the state does not name, and temporary files of killed runs. Files
   * younger than an hour are kept: another run may have staged them and be waiting for the lock.
   */
  private void prune(Properties state) throws IOException {
    Set<String> keep = new HashSet<>();
    for (String slot : new String[] {"current", "previous"}) {
      String sha = state.getProperty(slot + ".sha256");
      if (sha != null) {
        keep.add(sha + ".json");
        keep.add(sha + ".bin");
      }
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve(STORE))) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        boolean ours = name.matches("[0-9a-f]{64}\\.(json|bin)(\\..*\\.tmp)?");
        if (ours && !keep.contains(name) && olderThan(file, STALE)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static boolean olderThan(Path file, java.time.Duration age) throws IOException {
    java.time.Instant modified = Files.getLastModifiedTime(file).toInstant();
    return modified.isBefore(java.time.Instant.now().minus(age));
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Writes a file under a temporary name, syncs it to disk and renames it into place. */
  private static void writeAtomically(Path target, Body body) throws IOException {
    Path tmp =
        target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (FileChannel channel =
              FileChannel.open(
                  tmp,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
        body.write(buffered);
        buffered.flush();
        channel.force(true);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private interface Locked {
    void run() throws IOException;
  }

  /** Runs with the store's lock held, so two updates (or an update and a rollback) take turns. */
  private void withLock(Locked action) throws IOException {
    Files.createDirectories(dir);
    try (FileChannel lock =
            FileChannel.open(
                dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = lock.lock()) {
      action.run();
    }
  }

  /** Reads an installed catalog's JSON (for {@code catalog diff installed ...}). */
  public static InputStream open(Installed installed) throws IOException {
    return Files.newInputStream(installed.json());
  }
}
