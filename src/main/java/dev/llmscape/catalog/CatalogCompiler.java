package dev.llmscape.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: reads catalog.json, checks it as a run would, and writes its binary form ({@link
 * CatalogBinary}) next to it in the jar, so start-up decodes the bundled catalog instead of parsing
 * JSON. catalog.json stays the one source; the build remakes the binary from it every time.
 */
public final class CatalogCompiler {
  private CatalogCompiler() {}

  /** Arguments: the catalog.json to read and the file to write. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CatalogCompiler CATALOG.json OUTPUT.bin");
    }
    compile(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Reads and checks a catalog and writes its binary form.
   *
   * @throws CatalogException at the catalog's first problem
   */
  public static void compile(Path catalog, Path out) throws IOException {
    CatalogData data;
    try (InputStream in = Files.newInputStream(catalog)) {
      data = CatalogReader.read(in, CatalogLoader.BUNDLED_NAME);
    }
    Catalog.of(data);
    Files.createDirectories(out.getParent());
    // The fingerprint from the records themselves: the binary of an earlier build may be stale.
    Files.write(out, CatalogBinary.write(data, CatalogBinary.layout().hashCode()));
  }
}
