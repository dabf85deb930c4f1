package dev.llmscape.update;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on 127.0.0.1 serving catalog releases, for the update tests: files by path, an
 * ETag per file (answering If-None-Match with 304), and faults on demand (a status, a stall).
 * Records every request's path and headers.
 */
final class ReleaseServer implements AutoCloseable {
  /** One request as the server saw it. */
  record Request(String method, String uri, Map<String, List<String>> headers) {
    String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  volatile long stallMillis;
  private final HttpServer server;

  ReleaseServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL, ending in '/'. */
  String url(String dir) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + dir + "/";
  }

  int port() {
    return server.getAddress().getPort();
  }

  void put(String path, byte[] body) {
    files.put(path, body);
  }

  void status(String path, int status) {
    statuses.put(path, status);
  }

  /** Publishes catalog.json, its .sha256 and its .sig under dir, signed with the key. */
  void publish(String dir, byte[] catalog, PrivateKey key) throws Exception {
    put("/" + dir + "/catalog.json", catalog);
    put(
        "/" + dir + "/catalog.json.sha256",
        (sha256(catalog) + "  catalog.json\n").getBytes(StandardCharsets.US_ASCII));
    put(
        "/" + dir + "/catalog.json.sig",
        (sign(catalog, key) + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().toString(),
              Map.copyOf(exchange.getRequestHeaders())));
      if (stallMillis > 0) {
        try {
          Thread.sleep(stallMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Integer status = statuses.get(path);
      byte[] body = files.get(path);
      if (status == null && body == null) {
        status = 404;
      }
      if (status != null) {
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      String etag = "\"" + sha256(body).substring(0, 16) + "\"";
      exchange.getResponseHeaders().add("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  long count(String suffix) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.uri().endsWith(suffix)).count();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static KeyPair keyPair() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  static String sign(byte[] data, PrivateKey key) throws Exception {
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(key);
    s.update(data);
    return Base64.getEncoder().encodeToString(s.sign());
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
