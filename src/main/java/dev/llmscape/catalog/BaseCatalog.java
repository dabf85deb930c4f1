package dev.llmscape.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * The catalog that every command starts from and user files are laid over: the one bundled in the
 * jar, or a newer one installed by {@code llmscape catalog update}. Either way it comes as JSON
 * (what {@code validate} checks and messages name) and, where there is one, the same catalog in
 * binary form (what start-up decodes).
 *
 * @param name how messages name it: "bundled catalog.json", or the installed file's path
 * @param installed the installed catalog, or null for the bundled one
 */
public record BaseCatalog(String name, InstalledCatalogs.Installed installed) {
  /** The catalog bundled in this jar. */
  public static final BaseCatalog BUNDLED = new BaseCatalog(CatalogLoader.BUNDLED_NAME, null);

  /**
   * The catalog to use: the installed one when there is one and it is newer than the bundled one (a
   * jar built later with a newer catalog wins over an older installed one), else the bundled one.
   * Costs one file look-up when nothing is installed.
   */
  public static BaseCatalog choose(InstalledCatalogs store) {
    if (store == null) {
      return BUNDLED;
    }
    InstalledCatalogs.Installed current = store.current();
    if (current == null || CatalogVersions.compare(current.version(), bundledVersion()) <= 0) {
      return BUNDLED;
    }
    return new BaseCatalog(current.json().toString(), current);
  }

  /**
   * The bundled catalog's version. Decoding the bundled binary reads only its header, orgs and
   * changelog; models are decoded when first asked for.
   */
  public static String bundledVersion() {
    return CatalogLoader.bundled().version();
  }

  public boolean isBundled() {
    return installed == null;
  }

  /** The catalog's JSON. */
  public InputStream openJson() throws IOException {
    if (installed == null) {
      InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_RESOURCE);
      if (in == null) {
        throw new CatalogException(
            "bundled catalog",
            0,
            0,
            "not found in the jar (rebuild with ./llmscape or mvn package)");
      }
      return in;
    }
    try {
      return Files.newInputStream(installed.json());
    } catch (NoSuchFileException e) {
      throw new CatalogException(
          name, 0, 0, "the installed catalog is missing (llmscape catalog rollback, or update)", e);
    }
  }

  /** The catalog's binary form, or null when there is none. */
  InputStream openBinary() throws IOException {
    if (installed == null) {
      return CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_BINARY);
    }
    try {
      return Files.newInputStream(installed.binary());
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
