package dev.llmscape.catalog.update;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Downloads release files over HTTP(S), or reads them from {@code file://} URLs: with connect and
 * read time-outs, through the proxy that {@code HTTPS_PROXY}/{@code HTTP_PROXY} name (unless {@code
 * NO_PROXY} exempts the host), as a conditional request when an ETag or date is known.
 */
final class Fetcher {
  /** The largest file accepted: far above any real catalog, well below what memory allows. */
  static final long MAX_BYTES = 512L << 20;

  /** Told how far a download has got; total is -1 when the server does not say. */
  interface Progress {
    void update(long read, long total);
  }

  /**
   * What a request gave.
   *
   * @param notModified the server answered 304: the copy installed from it is current
   */
  record Response(byte[] body, boolean notModified, String etag, String lastModified) {}

  private final Map<String, String> env;
  private final Duration connectTimeout;
  private final Duration readTimeout;

  Fetcher(Map<String, String> env, Duration connectTimeout, Duration readTimeout) {
    this.env = env;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  /** Fetches a URL whole. */
  Response get(URI uri, String etag, String lastModified, Progress progress) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "file" -> readFile(uri);
      case "http", "https" -> download(uri, etag, lastModified, progress);
      default ->
          throw new UpdateException(
              "cannot fetch " + uri + ": only https://, http:// and file:// URLs are supported");
    };
  }

  private Response readFile(URI uri) {
    Path path;
    try {
      path = Path.of(uri);
    } catch (IllegalArgumentException e) {
      throw new UpdateException("cannot read " + uri + ": " + e.getMessage());
    }
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new UpdateException(path + " is larger than " + (MAX_BYTES >> 20) + " MB");
      }
      return new Response(Files.readAllBytes(path), false, null, null);
    } catch (NoSuchFileException e) {
      throw new UpdateException("cannot read " + path + ": no such file");
    } catch (IOException e) {
      throw new UpdateException("cannot read " + path + ": " + e.getMessage());
    }
  }

  private Response download(URI uri, String etag, String lastModified, Progress progress) {
    if (offline()) {
      throw new UpdateException(
          "LLMSCAPE_OFFLINE is set: not fetching " + uri + " (unset it to update)");
    }
    HttpURLConnection http;
    try {
      http = (HttpURLConnection) uri.toURL().openConnection(proxyFor(uri));
    } catch (IOException | IllegalArgumentException e) {
      throw new UpdateException("cannot fetch " + uri + ": " + e.getMessage());
    }
    http.setConnectTimeout((int) connectTimeout.toMillis());
    http.setReadTimeout((int) readTimeout.toMillis());
    http.setUseCaches(false);
    http.setRequestProperty("User-Agent", "llmscape");
    if (etag != null) {
      http.setRequestProperty("If-None-Match", etag);
    }
    if (lastModified != null) {
      http.setRequestProperty("If-Modified-Since", lastModified);
    }
    try {
      int status = http.getResponseCode();
      if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
        return new Response(new byte[0], true, etag, lastModified);
      }
      if (status != HttpURLConnection.HTTP_OK) {
        String reason = http.getResponseMessage();
        throw new UpdateException(
            uri + " answered HTTP " + status + (reason == null ? "" : " " + reason));
      }
      long total = http.getContentLengthLong();
      if (total > MAX_BYTES) {
        throw new UpdateException(uri + " is larger than " + (MAX_BYTES >> 20) + " MB");
      }
      byte[] body = readAll(http.getInputStream(), total, progress, uri);
      return new Response(
          body, false, http.getHeaderField("ETag"), http.getHeaderField("Last-Modified"));
    } catch (SocketTimeoutException e) {
      throw new UpdateException("timed out fetching " + uri + " (" + e.getMessage() + ")", e);
    } catch (UnknownHostException e) {
      throw new UpdateException("cannot reach " + uri + ": unknown host " + e.getMessage(), e);
    } catch (FileNotFoundException e) {
      throw new UpdateException(uri + " answered HTTP 404 Not Found", e);
    } catch (IOException e) {
      throw new UpdateException("cannot reach " + uri + ": " + e.getMessage(), e);
    } finally {
      http.disconnect();
    }
  }

  private static byte[] readAll(InputStream in, long total, Progress progress, URI uri)
      throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(total > 0 ? (int) total : 1 << 16);
      byte[] buffer = new byte[1 << 16];
      long read = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        read += n;
        if (read > MAX_BYTES) {
          throw new UpdateException(uri + " is larger than " + (MAX_BYTES >> 20) + " MB");
        }
        progress.update(read, total);
      }
      if (total >= 0 && read != total) {
        throw new UpdateException(
            uri + " ended after " + read + " of " + total + " bytes (connection cut?)");
      }
      return out.toByteArray();
    }
  }

  private boolean offline() {
    String value = env.get("LLMSCAPE_OFFLINE");
    return value != null && !value.isEmpty() && !value.equals("0");
  }

  /** The proxy the environment names for this URL's scheme, unless NO_PROXY exempts its host. */
  Proxy proxyFor(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String setting = variable(scheme.equals("https") ? "HTTPS_PROXY" : "HTTP_PROXY");
    if (setting == null || exempt(uri.getHost())) {
      return Proxy.NO_PROXY;
    }
    try {
      URI proxy = new URI(setting.contains("://") ? setting : "http://" + setting);
      if (proxy.getHost() == null) {
        throw new URISyntaxException(setting, "no host");
      }
      int port = proxy.getPort() > 0 ? proxy.getPort() : 80;
      return new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.getHost(), port));
    } catch (URISyntaxException e) {
      throw new UpdateException("the proxy setting '" + setting + "' is not a URL");
    }
  }

  private boolean exempt(String host) {
    String list = variable("NO_PROXY");
    if (list == null || host == null) {
      return false;
    }
    for (String entry : list.split(",")) {
      String suffix = entry.strip().toLowerCase(Locale.ROOT);
      if (suffix.equals("*")) {
        return true;
      }
      if (suffix.startsWith(".")) {
        suffix = suffix.substring(1);
      }
      String h = host.toLowerCase(Locale.ROOT);
      if (!suffix.isEmpty() && (h.equals(suffix) || h.endsWith("." + suffix))) {
        return true;
      }
    }
    return false;
  }

  /** An environment variable by its upper- or lower-case name, as curl reads them. */
  private String variable(String upper) {
    String value = env.get(upper);
    if (value == null || value.isEmpty()) {
      value = env.get(upper.toLowerCase(Locale.ROOT));
    }
    return value == null || value.isEmpty() ? null : value;
  }
}
