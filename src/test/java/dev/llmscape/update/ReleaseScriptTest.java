package dev.llmscape.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * release/catalog-release.sh with a key made by openssl, and the release it writes installed by
 * {@code catalog update} from a file:// URL with the matching public key: the script and the client
 * agree on the format. CI installs openssl; without it this test is skipped, and fails in CI (see
 * {@link Tools}).
 */
@Tag("process")
class ReleaseScriptTest {
  @TempDir Path tmp;

  private static String run(Path dir, List<String> command, String... env) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    for (int i = 0; i < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), command + ": " + out);
    return out;
  }

  @Test
  void theScriptsReleaseInstallsWithItsKey() throws Exception {
    Tools.require("openssl");
    Path repo = Path.of("").toAbsolutePath();
    Path key = tmp.resolve("key.pem");
    Path pub = tmp.resolve("pub.pem");
    run(tmp, List.of("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString()));
    run(tmp, List.of("openssl", "pkey", "-in", key.toString(), "-pubout", "-out", pub.toString()));
    Path catalog = tmp.resolve("catalog.json");
    Files.write(catalog, CatalogUpdateTest.release("2999.1.0", "Scripted Probe"));
    Path out = tmp.resolve("out");
    run(
        repo,
        List.of("bash", "release/catalog-release.sh", catalog.toString(), out.toString()),
        "LLMSCAPE_SIGNING_KEY",
        Files.readString(key),
        "LLMSCAPE_PUBLIC_KEY_FILE",
        pub.toString());
    String sums = Files.readString(out.resolve("catalog.json.sha256"));
    assertEquals(ReleaseServer.sha256(Files.readAllBytes(catalog)) + "  catalog.json\n", sums);

    Cli cli = Cli.piped().env("XDG_DATA_HOME", tmp.resolve("data").toString());
    Cli.Result r =
        cli.run("catalog", "update", "--from", out.toUri().toString(), "--key", pub.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(0, cli.run("show", "Scripted Probe").exit());
  }

  @Test
  void theScriptRefusesAKeyThatIsNotTheProjects() throws Exception {
    Path repo = Path.of("").toAbsolutePath();
    Path key = tmp.resolve("key.pem");
    run(tmp, List.of("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString()));
    Process p =
        new ProcessBuilder("bash", "release/catalog-release.sh", tmp.resolve("out").toString())
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    // No key in the environment at all: refused before anything is written.
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), out);
    assertTrue(out.contains("no signing key"), out);

    ProcessBuilder other =
        new ProcessBuilder("bash", "release/catalog-release.sh", tmp.resolve("out2").toString());
    other.environment().put("LLMSCAPE_SIGNING_KEY_FILE", key.toString());
    Process q = other.directory(repo.toFile()).redirectErrorStream(true).start();
    String said = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(q.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, q.exitValue(), said);
    assertTrue(said.contains("does not verify"), said);
  }
}
