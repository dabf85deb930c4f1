package dev.llmscape.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmscape.Cli;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.catalog.CatalogReader;
import dev.llmscape.catalog.InstalledCatalogs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog update}, {@code rollback} and the installed catalog in use, end to end: the CLI
 * in-process against a real HTTP server on 127.0.0.1, with a key pair made here.
 */
class CatalogUpdateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private ReleaseServer server;
  private KeyPair key;
  private Path publicKey;
  private Path data;

  @BeforeEach
  void start() throws Exception {
    server = new ReleaseServer();
    key = ReleaseServer.keyPair();
    publicKey = tmp.resolve("pub.pem");
    Files.writeString(publicKey, ReleaseServer.pem(key.getPublic()));
    data = tmp.resolve("data");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Cli cli() {
    return Cli.piped().env("XDG_DATA_HOME", data.toString());
  }

  private Cli.Result update(String dir, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "catalog";
    args[1] = "update";
    args[2] = "--from=" + server.url(dir);
    args[3] = "--key";
    args[4] = publicKey.toString();
    System.arraycopy(more, 0, args, 5, more.length);
    return cli().run(args);
  }

  /** The bundled catalog under another version, with one model added so it can be looked up. */
  static byte[] release(String version, String probeName) throws Exception {
    ObjectNode catalog;
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_RESOURCE)) {
      catalog = (ObjectNode) JSON.readTree(in);
    }
    catalog.put("version", version);
    if (probeName != null) {
      ArrayNode models = (ArrayNode) catalog.get("models");
      ObjectNode probe = JSON.createObjectNode();
      probe.put("id", probeName.toLowerCase().replace(' ', '-'));
      probe.put("name", probeName);
      probe.put("org", "meta");
      probe.put("category", "foundation");
      probe.put("released", "2026-01-01");
      probe.putObject("links").put("paper", "https://example.org/" + probe.get("id").asText());
      probe.put("notes", "A model only the update tests know.");
      models.add(probe);
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(catalog);
  }

  private String bundledVersion() {
    return CatalogLoader.bundled().version();
  }

  @Test
  void installsANewerSignedCatalogForEveryLaterCommand() throws Exception {
    server.publish("r1", release("2999.1.0", "Update Probe"), key.getPrivate());
    assertEquals(1, cli().run("show", "Update Probe").exit(), "not there before");

    Cli.Result r = update("r1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Installed catalog 2999.1.0"), r.out());
    assertTrue(
        r.out().contains("1 added, 0 removed, 0 changed since " + bundledVersion()), r.out());

    Cli.Result show = cli().run("show", "Update Probe");
    assertEquals(0, show.exit(), show.err());
    Cli.Result info = cli().run("catalog");
    assertTrue(info.out().startsWith("llmscape catalog 2999.1.0"), info.out());
    assertTrue(info.out().contains("origin      installed "), info.out());
    assertTrue(info.out().contains(server.url("r1") + "catalog.json"), info.out());
    Cli.Result version = cli().run("--version");
    assertTrue(version.out().contains("catalog 2999.1.0"), version.out());
    assertTrue(version.out().contains("installed from " + server.url("r1")), version.out());
    // validate checks the catalog in use: the installed one.
    Cli.Result validate = cli().run("validate");
    assertEquals(0, validate.exit(), validate.out());
    assertTrue(validate.out().contains(data.toString()), validate.out());
    // --catalog files are still laid over it.
    assertEquals(
        0, cli().run("--catalog", Cli.fixturePath().toString(), "show", "Update Probe").exit());
  }

  @Test
  void checkSaysWhatWouldChangeAndInstallsNothing() throws Exception {
    server.publish("r1", release("2999.1.0", "Update Probe"), key.getPrivate());
    Cli.Result r = update("r1", "--check");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("A newer catalog is available: catalog 2999.1.0"), r.out());
    assertTrue(r.out().contains("added\tmodel\tupdate-probe\tUpdate Probe"), r.out());
    assertFalse(Files.exists(data.resolve("llmscape/state")));
    assertEquals(1, cli().run("show", "Update Probe").exit());
  }

  @Test
  void aTamperedByteIsRefusedAndChangesNothing() throws Exception {
    byte[] good = release("2999.1.0", "Update Probe");
    server.publish("r1", good, key.getPrivate());
    byte[] bad = good.clone();
    bad[bad.length / 2] ^= 1;
    server.put("/r1/catalog.json", bad);
    Cli.Result r = update("r1");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("checksum mismatch"), r.err());
    assertNothingInstalled();

    // The checksum recomputed for the tampered file: the signature still catches it.
    server.put(
        "/r1/catalog.json.sha256",
        (ReleaseServer.sha256(bad) + "  catalog.json\n").getBytes(StandardCharsets.US_ASCII));
    r = update("r1");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("bad signature"), r.err());
    assertNothingInstalled();
  }

  @Test
  void aWrongKeyIsRefused() throws Exception {
    server.publish("r1", release("2999.1.0", null), ReleaseServer.keyPair().getPrivate());
    Cli.Result r = update("r1");
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("llmscape: catalog update: bad signature"), r.err());
    assertNothingInstalled();
    // Without --key the project's bundled key is trusted, which did not sign this either.
    Cli.Result bundledKey = cli().run("catalog", "update", "--from", server.url("r1"));
    assertEquals(1, bundledKey.exit());
    assertTrue(bundledKey.err().contains("bad signature"), bundledKey.err());
  }

  @Test
  void anOlderOrTheSameVersionIsRefused() throws Exception {
    server.publish("old", release("2000.1.0", null), key.getPrivate());
    Cli.Result older = update("old");
    assertEquals(1, older.exit());
    assertTrue(
        older.err().contains("older than the one in use (" + bundledVersion() + ")"), older.err());
    server.publish("same", release(bundledVersion(), null), key.getPrivate());
    Cli.Result same = update("same");
    assertEquals(1, same.exit());
    assertTrue(same.err().contains("is up to date"), same.err());
    assertNothingInstalled();
  }

  @Test
  void anInvalidCatalogIsRefusedWithValidatesReport() throws Exception {
    ObjectNode catalog = (ObjectNode) JSON.readTree(release("2999.1.0", "Update Probe"));
    ArrayNode models = (ArrayNode) catalog.get("models");
    ((ObjectNode) models.get(models.size() - 1)).put("org", "no-such-org");
    server.publish("bad", JSON.writeValueAsBytes(catalog), key.getPrivate());
    Cli.Result r = update("bad");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no-such-org"), r.err());
    assertTrue(r.err().contains("is invalid (1 errors)"), r.err());
    assertNothingInstalled();
  }

  @Test
  void httpErrorsUnreachableServersAndStallsAreReported() throws Exception {
    Cli.Result missing = update("nothing-here");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("HTTP 404"), missing.err());

    server.publish("r1", release("2999.1.0", null), key.getPrivate());
    server.status("/r1/catalog.json.sig", 500);
    Cli.Result broken = update("r1");
    assertEquals(1, broken.exit());
    assertTrue(broken.err().contains("HTTP 500"), broken.err());

    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Cli.Result unreachable =
        cli()
            .run(
                "catalog",
                "update",
                "--from",
                "http://127.0.0.1:" + closed + "/",
                "--key",
                publicKey.toString());
    assertEquals(1, unreachable.exit());
    assertTrue(
        unreachable.err().contains("cannot reach http://127.0.0.1:" + closed), unreachable.err());

    server.status("/r1/catalog.json.sig", 200);
    server.publish("r1", release("2999.1.0", null), key.getPrivate());
    server.stallMillis = 3000;
    Cli.Result stalled =
        cli()
            .env("LLMSCAPE_UPDATE_TIMEOUT", "0.3")
            .run("catalog", "update", "--from", server.url("r1"), "--key", publicKey.toString());
    assertEquals(1, stalled.exit());
    assertTrue(stalled.err().contains("timed out"), stalled.err());
    assertNothingInstalled();
  }

  @Test
  void offlineRefusesTheNetworkButNotFiles() throws Exception {
    server.publish("r1", release("2999.1.0", null), key.getPrivate());
    Cli.Result r =
        cli()
            .env("LLMSCAPE_OFFLINE", "1")
            .run("catalog", "update", "--from", server.url("r1"), "--key", publicKey.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("LLMSCAPE_OFFLINE"), r.err());
    assertTrue(server.requests.isEmpty(), "no request reached the server");

    Path dir = Files.createDirectories(tmp.resolve("release"));
    byte[] catalog = release("2999.1.0", null);
    Files.write(dir.resolve("catalog.json"), catalog);
    Files.writeString(
        dir.resolve("catalog.json.sha256"), ReleaseServer.sha256(catalog) + "  catalog.json\n");
    Files.writeString(
        dir.resolve("catalog.json.sig"), ReleaseServer.sign(catalog, key.getPrivate()));
    Cli.Result file =
        cli()
            .env("LLMSCAPE_OFFLINE", "1")
            .run(
                "catalog",
                "update",
                "--from",
                dir.toUri().toString(),
                "--key",
                publicKey.toString());
    assertEquals(0, file.exit(), file.err());
  }

  @Test
  void aRepeatedUpdateAsksConditionallyAndTheServerSays304() throws Exception {
    server.publish("r1", release("2999.1.0", null), key.getPrivate());
    assertEquals(0, update("r1").exit());
    Cli.Result again = update("r1");
    assertEquals(1, again.exit());
    assertTrue(again.err().contains("is up to date"), again.err());
    ReleaseServer.Request last = server.requests.get(server.requests.size() - 1);
    assertTrue(last.uri().endsWith("/r1/catalog.json"), last.uri());
    assertNotNull(last.header("If-None-Match"), "the ETag was sent back");
    assertEquals(1, server.count("catalog.json.sig"), "a 304 fetches nothing more");
  }

  @Test
  void theProxyFromTheEnvironmentCarriesTheRequests() throws Exception {
    server.publish("r1", release("2999.1.0", null), key.getPrivate());
    try (ReleaseServer proxy = new ReleaseServer()) {
      // The proxy serves what it is asked for by absolute URL; it holds the same files.
      proxy.publish("r1", release("2999.1.0", null), key.getPrivate());
      String target = "http://example.invalid:9/r1/";
      Cli.Result r =
          cli()
              .env("HTTP_PROXY", "http://127.0.0.1:" + proxy.port())
              .run("catalog", "update", "--from", target, "--key", publicKey.toString());
      assertEquals(0, r.exit(), r.err());
      assertTrue(
          proxy.requests.stream().anyMatch(q -> q.uri().equals(target + "catalog.json")),
          proxy.requests.toString());
      assertTrue(server.requests.isEmpty());
      // NO_PROXY exempts the host: the request goes straight to it (and fails: it does not exist).
      Cli.Result exempt =
          cli()
              .env("HTTP_PROXY", "http://127.0.0.1:" + proxy.port())
              .env("NO_PROXY", "example.invalid")
              .run(
                  "catalog",
                  "update",
                  "--from",
                  "http://example.invalid:9/r2/",
                  "--key",
                  publicKey.toString());
      assertEquals(1, exempt.exit());
      assertTrue(proxy.requests.stream().noneMatch(q -> q.uri().contains("/r2/")));
    }
  }

  @Test
  void rollbackGoesBackAndASecondRollbackUndoesIt() throws Exception {
    server.publish("r1", release("2999.1.0", "Probe One"), key.getPrivate());
    server.publish("r2", release("2999.2.0", "Probe Two"), key.getPrivate());
    assertEquals(0, update("r1").exit());
    assertEquals(0, update("r2").exit());
    assertTrue(cli().run("catalog").out().contains("rollback goes back to 2999.1.0"));

    Cli.Result back = cli().run("catalog", "rollback");
    assertEquals(0, back.exit(), back.err());
    assertEquals(
        "Rolled back from catalog 2999.2.0 to 2999.1.0 (installed from "
            + server.url("r1")
            + "catalog.json)\n",
        back.out());
    assertEquals(0, cli().run("show", "Probe One").exit());
    assertEquals(1, cli().run("show", "Probe Two").exit());

    assertEquals(0, cli().run("catalog", "rollback").exit());
    assertEquals(0, cli().run("show", "Probe Two").exit());
  }

  @Test
  void rollbackOfTheOnlyInstalledCatalogGoesBackToTheBundledOne() throws Exception {
    Cli.Result nothing = cli().run("catalog", "rollback");
    assertEquals(1, nothing.exit());
    assertTrue(nothing.err().contains("nothing to roll back"), nothing.err());

    server.publish("r1", release("2999.1.0", null), key.getPrivate());
    assertEquals(0, update("r1").exit());
    Cli.Result back = cli().run("catalog", "rollback");
    assertEquals(
        "Rolled back from catalog 2999.1.0 to " + bundledVersion() + " (bundled)\n", back.out());
    assertTrue(cli().run("catalog").out().startsWith("llmscape catalog " + bundledVersion()));
  }

  @Test
  void aRunKilledBetweenDownloadAndSwitchLeavesTheOldCatalogInUse() throws Exception {
    server.publish("r1", release("2999.1.0", "Probe One"), key.getPrivate());
    assertEquals(0, update("r1").exit());
    // What a killed update leaves: the new catalog staged in the store, the state not switched.
    InstalledCatalogs store = new InstalledCatalogs(data.resolve("llmscape"));
    byte[] next = release("2999.2.0", "Probe Two");
    store.stage(
        next,
        CatalogReader.read(new ByteArrayInputStream(next), "next"),
        ReleaseServer.sha256(next));
    // and half a file.
    Files.writeString(data.resolve("llmscape/store/" + "0".repeat(64) + ".json.123.tmp"), "{\"ver");
    assertEquals(0, cli().run("show", "Probe One").exit());
    assertEquals(1, cli().run("show", "Probe Two").exit());
    assertTrue(cli().run("catalog").out().startsWith("llmscape catalog 2999.1.0"));

    // Leftovers an hour old are removed by the next install; the new catalog installs normally.
    try (var files = Files.list(data.resolve("llmscape/store"))) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(
            f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
      }
    }
    server.publish("r3", release("2999.3.0", "Probe Three"), key.getPrivate());
    assertEquals(0, update("r3").exit());
    try (var files = Files.list(data.resolve("llmscape/store"))) {
      assertEquals(4, files.count(), "current and previous, JSON and binary each");
    }
  }

  @Test
  void aNewerBundledCatalogWinsOverAnOlderInstalledOne() throws Exception {
    InstalledCatalogs store = new InstalledCatalogs(data.resolve("llmscape"));
    byte[] old = release("2000.1.0", "Old Probe");
    store.install(
        old,
        CatalogReader.read(new ByteArrayInputStream(old), "old"),
        ReleaseServer.sha256(old),
        "file:///old",
        null,
        null);
    assertNotNull(store.current());
    assertTrue(cli().run("catalog").out().startsWith("llmscape catalog " + bundledVersion()));
    assertEquals(1, cli().run("show", "Old Probe").exit());
  }

  @Test
  void aStoreThatCannotBeWrittenLeavesEverythingAsItWas() throws Exception {
    server.publish("r1", release("2999.1.0", null), key.getPrivate());
    Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
    Cli.Result r =
        Cli.piped()
            .env("XDG_DATA_HOME", notADirectory.toString())
            .run("catalog", "update", "--from", server.url("r1"), "--key", publicKey.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("cannot install into"), r.err());
    assertTrue(r.err().contains("the catalog in use is unchanged"), r.err());
  }

  private void assertNothingInstalled() {
    assertNull(new InstalledCatalogs(data.resolve("llmscape")).current());
    assertTrue(cli().run("catalog").out().startsWith("llmscape catalog " + bundledVersion()));
  }
}
