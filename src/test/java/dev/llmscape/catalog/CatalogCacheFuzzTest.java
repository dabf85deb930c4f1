package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.catalog.CatalogCacheHardeningTest.CacheEntries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cache entries corrupted so that their checksum still matches (bytes flipped, the checksum
 * recomputed): a look-up never throws and never answers with a catalog the loader would refuse, nor
 * with anything but what the bytes spell out; most corruptions are rejected (the JSON is read
 * again). A flip inside a text value that keeps it valid UTF-8, with the checksum recomputed, is a
 * well-formed entry for a slightly different catalog: no decoder can tell it from one made so.
 */
class CatalogCacheFuzzTest {
  /** How many corrupted entries each run tries; counted in the report of hostile inputs. */
  static final int MUTATIONS = 3000;

  @TempDir Path tmp;

  @Test
  void flippedBytesWithARecomputedChecksumNeverCrashNorAnswerWrongly() throws IOException {
    Path file = Files.copy(Cli.fixturePath(), tmp.resolve("catalog.json"));
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0);
    CatalogLoader.Layered fresh = CatalogLoader.layered(List.of(file), null, cache);
    Path entry = cache.entryFor(List.of(file), false);
    byte[] original = Files.readAllBytes(entry);
    byte[] stamp = CatalogCache.stamp(List.of(file), null);
    CatalogData expected = CatalogLoader.readFile(file);
    Random random = new Random(15);
    int body = CacheEntries.checksumAt(original) + 8;
    int rejected = 0;
    int same = 0;
    int differentText = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      byte[] bytes = original.clone();
      int flips = 1 + random.nextInt(3);
      StringBuilder what = new StringBuilder();
      for (int f = 0; f < flips; f++) {
        // Mostly the body (what the checksum covers), sometimes the header and the stamp.
        int at =
            random.nextInt(8) == 0
                ? random.nextInt(body)
                : body + random.nextInt(bytes.length - body);
        int mask = 1 << random.nextInt(8);
        bytes[at] ^= (byte) (random.nextBoolean() ? mask : 0xff);
        what.append(at).append(' ');
      }
      CacheEntries.rechecksum(bytes, body - 8);
      Files.write(entry, bytes);
      CatalogCache.Entry hit = cache.lookup(entry, stamp, file.toString());
      if (hit == null) {
        rejected++;
        continue;
      }
      // Accepted: the answer must be the catalog the bytes spell out (the look-up re-encodes it
      // to exactly these bytes) and one the loader would accept from JSON, whole and consistent.
      Catalog c = hit.catalog();
      String at = "flipped at " + what;
      assertEquals(expected.models().size(), c.models().size(), at);
      for (var m : c.models()) {
        assertEquals(m, c.index().byId(m.id()), at);
        assertTrue(c.index().byOrg(m.orgId()).contains(m), at);
        c.positionOf(m.id());
      }
      if (c.models().equals(expected.models()) && c.orgs().equals(expected.orgs())) {
        same++;
      } else {
        differentText++;
      }
    }
    assertTrue(rejected > MUTATIONS * 9 / 10, "most corruptions are caught: " + rejected);
    System.out.printf(
        "cache fuzz: %d mutations, %d rejected, %d same catalog, %d a different valid catalog%n",
        MUTATIONS, rejected, same, differentText);
  }
}
