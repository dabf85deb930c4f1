package dev.llmscape.catalog.update;

import dev.llmscape.catalog.BaseCatalog;
import dev.llmscape.catalog.CatalogData;
import dev.llmscape.catalog.CatalogDiff;
import dev.llmscape.catalog.CatalogReader;
import dev.llmscape.catalog.CatalogValidator;
import dev.llmscape.catalog.CatalogVersions;
import dev.llmscape.catalog.InstalledCatalogs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.util.List;

/**
 * {@code llmscape catalog update}: fetches a catalog release, checks it (checksum, signature,
 * validation, version) and installs it. Any failure leaves the catalog in use as it was.
 */
public final class CatalogUpdate {
  /** Where the project publishes its latest catalog release. */
  public static final String DEFAULT_URL =
      "https://github.com/llmscape/llmscape/releases/latest/download/";

  private final Fetcher fetcher;
  private final InstalledCatalogs store;

  /**
   * @param env the environment (proxies, LLMSCAPE_OFFLINE)
   * @param timeouts connect and read time-outs
   */
  public CatalogUpdate(
      java.util.Map<String, String> env, java.time.Duration timeout, InstalledCatalogs store) {
    this.fetcher = new Fetcher(env, timeout, timeout);
    this.store = store;
  }

  /** Told how far the download of catalog.json has got. */
  public interface Progress {
    void update(long read, long total);
  }

  /** What the update found; {@code installed} is false for {@code --check} and no-ops. */
  public sealed interface Outcome {}

  /** The release is the catalog in use: the server said so (304) or the versions are equal. */
  public record UpToDate(String version) implements Outcome {}

  /** The release checked out and is newer; installed unless this was {@code --check}. */
  public record Newer(
      String version, String date, URI source, CatalogDiff diff, boolean installed, String keyId)
      implements Outcome {}

  /** The release is older than the catalog in use. */
  public record Older(String version, String inUse) implements Outcome {}

  /** The release failed validation; nothing was installed. */
  public record Invalid(CatalogValidator.Report report) implements Outcome {}

  /**
   * The base URL of a release ({@code URL/catalog.json}), or the URL of its catalog.json itself.
   *
   * @throws UpdateException for a malformed URL
   */
  public static URI catalogUri(String url) {
    try {
      URI uri = new URI(url.strip());
      if (uri.getScheme() == null) {
        throw new UpdateException("'" + url + "' is not a URL (https://..., file:///...)");
      }
      String path = uri.getPath() == null ? "" : uri.getPath();
      if (path.endsWith(".json")) {
        return uri;
      }
      return uri.resolve(
          path.endsWith("/") ? ReleaseFiles.CATALOG : path + "/" + ReleaseFiles.CATALOG);
    } catch (URISyntaxException e) {
      throw new UpdateException("'" + url + "' is not a URL: " + e.getReason());
    }
  }

  /**
   * Fetches and checks the release at {@code catalogUri}, against the catalog in use.
   *
   * @param key the publisher's key to trust
   * @param install false for {@code --check}: nothing is written
   */
  public Outcome run(
      URI catalogUri,
      PublicKey key,
      BaseCatalog inUse,
      String inUseVersion,
      boolean install,
      Progress progress) {
    InstalledCatalogs.Installed current = inUse.isBundled() ? null : inUse.installed();
    boolean sameSource = current != null && catalogUri.toString().equals(current.source());
    Fetcher.Response catalog =
        fetcher.get(
            catalogUri,
            sameSource ? current.etag() : null,
            sameSource ? current.lastModified() : null,
            progress::update);
    if (catalog.notModified()) {
      return new UpToDate(inUseVersion);
    }
    byte[] json = catalog.body();
    URI sibling = catalogUri.resolve(".");
    String name = last(catalogUri);
    byte[] sums = fetcher.get(sibling.resolve(name + ".sha256"), null, null, (r, t) -> {}).body();
    byte[] signature = fetcher.get(sibling.resolve(name + ".sig"), null, null, (r, t) -> {}).body();

    String actual = ReleaseFiles.sha256(json);
    String expected = ReleaseFiles.expectedSha256(sums);
    if (!actual.equals(expected)) {
      throw new UpdateException(
          "checksum mismatch: the downloaded catalog's SHA-256 is "
              + actual
              + ", its .sha256 file says "
              + expected
              + " (a corrupt or tampered download)");
    }
    if (!ReleaseFiles.verify(json, signature, key)) {
      throw new UpdateException(
          "bad signature: the catalog is not signed by the trusted key "
              + ReleaseFiles.fingerprint(key)
              + " (tampered, or signed by another publisher: --key FILE trusts another key)");
    }

    String source = catalogUri.toString();
    CatalogReader.Checked checked = CatalogReader.check(new ByteArrayInputStream(json), source);
    CatalogValidator.Report report = CatalogValidator.check(List.of(checked));
    if (report.errors() > 0 || checked.data() == null) {
      return new Invalid(report);
    }
    CatalogData data = checked.data();
    int order = CatalogVersions.compare(data.version(), inUseVersion);
    if (order == 0) {
      return new UpToDate(inUseVersion);
    }
    if (order < 0) {
      return new Older(data.version(), inUseVersion);
    }
    CatalogDiff diff;
    try (InputStream before = inUse.openJson()) {
      diff = CatalogDiff.of(before, inUse.name(), new ByteArrayInputStream(json), source);
    } catch (IOException e) {
      throw new UpdateException("cannot read the catalog in use: " + e.getMessage(), e);
    }
    if (install) {
      try {
        store.install(json, data, actual, source, catalog.etag(), catalog.lastModified());
      } catch (IOException e) {
        throw new UpdateException(
            "cannot install into "
                + store.dir()
                + ": "
                + reason(e)
                + "; the catalog in use is unchanged",
            e);
      }
    }
    String date = data.date() == null ? "?" : data.date().toString();
    return new Newer(
        data.version(), date, catalogUri, diff, install, ReleaseFiles.fingerprint(key));
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      message = fs.getReason();
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static String last(URI uri) {
    String path = uri.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
