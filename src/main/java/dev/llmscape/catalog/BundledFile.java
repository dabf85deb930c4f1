package dev.llmscape.catalog;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a file bundled beside llmscape's classes straight from the jar (or classes directory) they
 * were loaded from. {@code Class.getResourceAsStream} gets there by way of a URL: the class loader
 * first looks for the name in the JDK's modules, then opens the jar again through a {@code
 * JarURLConnection}, which took 3-10 ms of every run's start-up for the bundled catalog (about
 * twice a direct read; docs/performance.md).
 */
final class BundledFile {
  private BundledFile() {}

  /**
   * The bytes of {@code name} (a path inside the jar, without a leading '/'), or null when it is
   * not there.
   */
  static byte[] read(String name) throws IOException {
    File location = location();
    if (location != null) {
      byte[] bytes = read(location, name);
      if (bytes != null) {
        return bytes;
      }
    }
    // Somewhere else (a custom class loader, a packaged image): the class loader knows.
    try (InputStream in = BundledFile.class.getResourceAsStream("/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** The bytes of {@code name} in a jar or classes directory, or null when it has none. */
  static byte[] read(File location, String name) throws IOException {
    if (location.isDirectory()) {
      File file = new File(location, name);
      return file.isFile() ? Files.readAllBytes(file.toPath()) : null;
    }
    if (!location.isFile()) {
      return null;
    }
    try (ZipFile jar = new ZipFile(location)) {
      ZipEntry entry = jar.getEntry(name);
      if (entry == null) {
        return null;
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return readFully(in, entry.getSize());
      }
    }
  }

  /**
   * All of a stream whose size the jar states, read into one array of that size: {@code
   * readAllBytes} reads in 8 KB pieces and joins them, which for the 850 KB catalog took 14 ms in a
   * fresh JVM against 2-3 ms for this (docs/performance.md).
   */
  static byte[] readFully(InputStream in, long size) throws IOException {
    if (size < 0 || size > Integer.MAX_VALUE - 8) {
      return in.readAllBytes(); // size unknown (or absurd): as any stream
    }
    byte[] bytes = new byte[(int) size];
    int n = 0;
    while (n < bytes.length) {
      int read = in.read(bytes, n, bytes.length - n);
      if (read < 0) {
        throw new IOException("the jar's entry ended after " + n + " of " + size + " bytes");
      }
      n += read;
    }
    if (in.read() >= 0) {
      throw new IOException("the jar's entry is longer than the " + size + " bytes it states");
    }
    return bytes;
  }

  /** The jar or directory this class was loaded from, or null where that is not a local file. */
  private static File location() {
    CodeSource source = BundledFile.class.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    if (url == null || !"file".equals(url.getProtocol())) {
      return null;
    }
    try {
      return new File(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
