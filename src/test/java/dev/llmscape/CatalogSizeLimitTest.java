package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.catalog.CatalogReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document limit follows the file the user names (issue 19: a catalog of a million models is
 * about 350 MB): such a file loads whatever its size, while the limits inside it (string, name and
 * number lengths, nesting) stay, and what nobody named by a size (a pipe) keeps the 100 MB limit.
 * The catalogs here are the fixture padded with spaces past the old limit, which reads quickly.
 */
class CatalogSizeLimitTest {
  @TempDir Path dir;

  /** The fixture with {@code padding} bytes of spaces after its opening brace. */
  private Path padded(String name, String fixture, long padding) throws IOException {
    Path file = dir.resolve(name);
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write('{');
      for (long left = padding; left > 0; left -= spaces.length) {
        out.write(spaces, 0, (int) Math.min(left, spaces.length));
      }
      out.write(fixture.substring(fixture.indexOf('{') + 1).getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void aCatalogAboveTheDefaultLimitLoadsWhenTheUserNamesIt() throws IOException {
    String fixture = Files.readString(Cli.fixturePath());
    Path big = padded("big.json", fixture, CatalogReader.MAX_DOCUMENT + (1 << 20));
    assertTrue(Files.size(big) > CatalogReader.MAX_DOCUMENT);
    Path cache = dir.resolve("cache");
    for (int run = 0; run < 2; run++) { // the JSON, then the cache entry it wrote
      Cli.Result r =
          Cli.piped()
              .env("XDG_CACHE_HOME", cache.toString())
              .run("--only", "--catalog", big.toString(), "list", "--org", "Meta");
      assertEquals(0, r.exit(), r.err());
      assertEquals("", r.err());
      assertTrue(r.out().contains("LLaMA\t"), r.out());
    }
    try (var entries = Files.list(cache.resolve("llmscape").resolve("catalogs"))) {
      assertEquals(1, entries.count(), "the big catalog is cached");
    }
    Cli.Result checked = Cli.piped().run("validate", big.toString());
    assertEquals(0, checked.exit(), checked.out() + checked.err());
  }

  /** The limits inside a document are not the user's choice: they hold in a big file too. */
  @Test
  void aBigCatalogStillHasItsStringAndNumberLimits() throws IOException {
    String fixture = Files.readString(Cli.fixturePath());
    String hostile = fixture.replace("\"Fixture for tests.\"", "\"" + "x".repeat(1_200_000) + "\"");
    Path big = padded("hostile.json", hostile, CatalogReader.MAX_DOCUMENT + (1 << 20));
    Cli.Result r =
        Cli.piped()
            .env("LLMSCAPE_NO_CACHE", "1")
            .run("--only", "--catalog", big.toString(), "list");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("exceeds a safety limit: String value length"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  /**
   * A pipe has no size to trust: more than the default limit through one is refused, with exit code
   * 1 and the limit in the message.
   */
  @Test
  void aPipeKeepsTheDefaultLimit() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    String fixture = Files.readString(Cli.fixturePath());
    Thread writer =
        new Thread(
            () -> {
              byte[] spaces = new byte[1 << 20];
              Arrays.fill(spaces, (byte) ' ');
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write('{');
                for (long left = CatalogReader.MAX_DOCUMENT + (1 << 20); left > 0; ) {
                  out.write(spaces);
                  left -= spaces.length;
                }
                out.write(fixture.substring(1).getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                // the reader stopped at the limit and closed the pipe
              }
            });
    writer.start();
    Cli.Result r =
        Cli.piped()
            .env("LLMSCAPE_NO_CACHE", "1")
            .run("--only", "--catalog", fifo.toString(), "list", "--org", "Meta");
    writer.join(60_000);
    assertEquals(1, r.exit(), r.out());
    assertEquals("", r.out());
    assertTrue(r.err().contains("exceeds a safety limit: Document length"), r.err());
    assertFalse(r.err().contains("StreamReadConstraints") || r.err().contains("\tat "), r.err());
  }

  @Test
  void theLimitIsTheFilesSizeAndNeverBelowTheDefault() {
    assertEquals(CatalogReader.MAX_DOCUMENT, CatalogReader.documentLimit(-1));
    assertEquals(CatalogReader.MAX_DOCUMENT, CatalogReader.documentLimit(1000));
    assertEquals(367_277_193L, CatalogReader.documentLimit(367_277_193L));
  }
}
