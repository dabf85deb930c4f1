package dev.llmscape.catalog;

import java.io.IOException;

/** The bundled catalog as the jar's binary holds it, for the look-up tests. */
final class LookupDecodingTestCatalogs {
  private LookupDecodingTestCatalogs() {}

  static Catalog binary() {
    try {
      return Catalog.decoded(
          CatalogBinary.decodeBundled(
              BundledFile.read(CatalogLoader.BUNDLED_BINARY.substring(1)),
              CatalogLoader.BUNDLED_NAME));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
