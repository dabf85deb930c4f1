package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled catalog read straight from the jar or classes directory, as the class loader has it.
 */
class BundledFileTest {
  @TempDir Path dir;

  @Test
  void readsAnEntryOfAJarAndAFileOfADirectory() throws IOException {
    byte[] content = "catalog bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path jar = dir.resolve("app.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("dev/llmscape/catalog.bin"));
      zip.write(content);
      zip.closeEntry();
    }
    assertArrayEquals(content, BundledFile.read(jar.toFile(), "dev/llmscape/catalog.bin"));
    assertNull(BundledFile.read(jar.toFile(), "dev/llmscape/other.bin"));

    Path classes = Files.createDirectories(dir.resolve("classes/dev/llmscape"));
    try (OutputStream out = Files.newOutputStream(classes.resolve("catalog.bin"))) {
      out.write(content);
    }
    assertArrayEquals(
        content, BundledFile.read(dir.resolve("classes").toFile(), "dev/llmscape/catalog.bin"));
    assertNull(BundledFile.read(dir.resolve("classes").toFile(), "dev/llmscape/other.bin"));
    assertNull(BundledFile.read(dir.resolve("missing.jar").toFile(), "dev/llmscape/catalog.bin"));
  }

  /** What a run reads is what the class loader would give. */
  @Test
  void readsBigEntriesStoredOrDeflatedWhole() throws IOException {
    byte[] content = new byte[300_000];
    new java.util.Random(7).nextBytes(content);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(content);
    Path jar = dir.resolve("big.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      ZipEntry stored = new ZipEntry("stored.bin");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(content.length);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(content);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("deflated.bin"));
      zip.write(content);
      zip.closeEntry();
    }
    assertArrayEquals(content, BundledFile.read(jar.toFile(), "stored.bin"));
    assertArrayEquals(content, BundledFile.read(jar.toFile(), "deflated.bin"));
  }

  @Test
  void aStreamThatIsNotTheSizeStatedIsAnError() throws IOException {
    byte[] content = {1, 2, 3, 4};
    assertArrayEquals(content, BundledFile.readFully(new java.io.ByteArrayInputStream(content), 4));
    assertArrayEquals(
        content, BundledFile.readFully(new java.io.ByteArrayInputStream(content), -1));
    org.junit.jupiter.api.Assertions.assertThrows(
        IOException.class,
        () -> BundledFile.readFully(new java.io.ByteArrayInputStream(content), 5));
    org.junit.jupiter.api.Assertions.assertThrows(
        IOException.class,
        () -> BundledFile.readFully(new java.io.ByteArrayInputStream(content), 3));
  }

  @Test
  void theBundledBinaryIsTheClassLoadersResource() throws IOException {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_BINARY)) {
      assertArrayEquals(in.readAllBytes(), BundledFile.read("dev/llmscape/catalog.bin"));
    }
  }
}
