package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big cache entries (above {@link CatalogCache#DEFAULT_FULL_CHECK_LIMIT}) are decoded org by org as
 * queries ask instead of being checked whole at the look-up. Here every entry counts as big (a
 * limit of 0): what they decode to must be what the JSON says, model for model, and a damaged
 * segment must fail with a message naming the entry, never answer.
 */
class CatalogCacheLazyTest {
  @TempDir Path tmp;

  private static Catalog read(Path file, CatalogCache cache) {
    return CatalogLoader.layered(List.of(file), null, cache).catalog();
  }

  /** The catalog from the JSON, and the same file's entry decoded lazily, agree entirely. */
  private static void assertLazyEntryEqualsTheJson(Path file, Path cacheDir) throws IOException {
    CatalogCache cache = new CatalogCache(cacheDir, 0, 0);
    read(file, cache); // writes the entry
    Path entry = cache.entryFor(List.of(file), false);
    assertTrue(Files.isRegularFile(entry), "entry written");
    assertTrue(cache.mayHold(entry, List.of(file), false));
    CatalogCache.Entry hit =
        cache.lookup(entry, CatalogCache.stamp(List.of(file), null), file.toString());
    assertNotNull(hit, "a sound entry is used");
    Catalog lazy = hit.catalog();
    CatalogData json = CatalogLoader.readFile(file);
    // One org at a time first, as a query asks, then everything.
    for (Org org : json.orgs()) {
      List<Model> expected =
          json.models().stream().filter(m -> m.orgId().equals(org.id())).toList();
      assertEquals(expected, lazy.index().byOrg(org.id()), org.id());
    }
    assertEquals(json.models(), lazy.models());
    assertEquals(json.orgs(), lazy.orgs());
    assertEquals(json.version(), lazy.version());
    assertEquals(json.date(), lazy.date());
    assertEquals(json.changelog(), lazy.changelog());
    assertEquals(json.warnings(), lazy.warnings());
    for (Model m : json.models()) {
      assertEquals(json.positions().get(m.id()), lazy.positionOf(m.id()), m.id());
      assertEquals(m, lazy.index().byId(m.id()));
    }
    // And the same catalog the fully checked look-up gives.
    CatalogCache checked = new CatalogCache(cacheDir, 0);
    assertEquals(
        lazy.models(),
        checked
            .lookup(entry, CatalogCache.stamp(List.of(file), null), file.toString())
            .catalog()
            .models());
  }

  @Test
  void theBundledAndFixtureCatalogsDecodeModelForModel() throws IOException {
    Path bundled = tmp.resolve("bundled.json");
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_RESOURCE)) {
      Files.copy(in, bundled);
    }
    assertLazyEntryEqualsTheJson(bundled, tmp.resolve("c1"));
    assertLazyEntryEqualsTheJson(
        Files.copy(Cli.fixturePath(), tmp.resolve("fixture.json")), tmp.resolve("c2"));
    assertLazyEntryEqualsTheJson(
        Files.copy(Cli.resource("/v2/catalog.json"), tmp.resolve("v2.json")), tmp.resolve("c3"));
  }

  @Property(tries = 25)
  void generatedCatalogsDecodeModelForModel(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int models) throws IOException {
    Path dir = Files.createTempDirectory("lazy");
    try {
      Path file = Files.writeString(dir.resolve("catalog.json"), generated(seed, models));
      assertLazyEntryEqualsTheJson(file, dir.resolve("cache"));
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A damaged segment whose checksum was recomputed: a clear failure, and the entry removed. */
  @Test
  void aDamagedSegmentFailsNamingTheEntryWhichIsRemoved() throws IOException {
    Path file = Files.copy(Cli.fixturePath(), tmp.resolve("catalog.json"));
    CatalogCache cache = new CatalogCache(tmp.resolve("cache"), 0, 0);
    read(file, cache);
    Path entry = cache.entryFor(List.of(file), false);
    byte[] bytes = Files.readAllBytes(entry);
    // The last model's source index (its position's file), 12 bytes from the end: out of range.
    bytes[bytes.length - 12] = 0x7f;
    CatalogCacheHardeningTest.CacheEntries.rechecksum(bytes);
    Files.write(entry, bytes);
    Catalog damaged = read(file, cache);
    CatalogException e = assertThrows(CatalogException.class, damaged::models);
    assertTrue(e.getMessage().contains("cache entry " + entry), e.getMessage());
    assertTrue(e.getMessage().contains("damaged and was removed"), e.getMessage());
    assertFalse(Files.exists(entry), "removed, so the next run reads the JSON");
    assertEquals(CatalogLoader.readFile(file).models(), read(file, cache).models());
  }

  /**
   * A catalog in the real format with the fields real entries have, some of them format 2's: orgs
   * of every size, bases among earlier models, aliases, links, licences, sizes, facts.
   */
  static String generated(long seed, int models) {
    SplittableRandom random = new SplittableRandom(seed);
    int orgs = 1 + random.nextInt(12);
    StringBuilder sb = new StringBuilder("{\"formatVersion\": 2, \"version\": \"gen\",");
    sb.append(" \"date\": \"2026-01-01\", \"orgs\": [");
    for (int i = 0; i < orgs; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\": \"org-")
          .append(i)
          .append("\", \"name\": \"Org ")
          .append(i)
          .append("\", \"family\": \"Fam ")
          .append(i % 3)
          .append("\", \"country\": \"US\"}");
    }
    sb.append("], \"models\": [\n");
    String[] categories = {"foundation", "instruction", "chat", "code", "reasoning", "multimodal"};
    String[] licenses = {"Apache-2.0", "MIT", "Llama 2 Community License"};
    String[] sizes = {"7B", "13B", "70B"};
    long[] counts = {7_000_000_000L, 13_000_000_000L, 70_000_000_000L};
    for (int i = 0; i < models; i++) {
      int size = random.nextInt(sizes.length);
      sb.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"m-")
          .append(i)
          .append("\", \"name\": \"Model ")
          .append(i)
          .append(random.nextInt(5) == 0 ? " 模型" : "")
          .append("\", \"org\": \"org-")
          .append(random.nextInt(orgs))
          .append("\", \"category\": \"")
          .append(categories[random.nextInt(categories.length)])
          .append("\", \"released\": \"")
          .append(2019 + random.nextInt(7))
          .append("-0")
          .append(1 + random.nextInt(9))
          .append("\", \"open\": ")
          .append(random.nextBoolean());
      if (random.nextBoolean()) {
        sb.append(", \"aliases\": [\"M").append(i).append("-Instruct\"]");
      }
      if (random.nextInt(4) != 0) {
        sb.append(", \"params\": {\"text\": \"")
            .append(sizes[size])
            .append("\", \"min\": ")
            .append(counts[size])
            .append(", \"max\": ")
            .append(counts[size])
            .append('}');
      }
      if (i > 0 && random.nextInt(3) == 0) {
        sb.append(", \"base\": [\"m-").append(random.nextInt(i)).append("\"]");
      }
      if (random.nextBoolean()) {
        sb.append(", \"links\": {\"modelCard\": \"https://huggingface.co/o/m-")
            .append(i)
            .append("\"}");
      }
      if (random.nextInt(3) != 0) {
        sb.append(", \"license\": \"")
            .append(licenses[random.nextInt(licenses.length)])
            .append('"');
      }
      if (random.nextInt(4) == 0) {
        sb.append(", \"context\": ")
            .append(4096 << random.nextInt(6))
            .append(", \"ids\": {\"huggingface\": [\"o/m-")
            .append(i)
            .append("\"]}");
      }
      sb.append(", \"notes\": \"Generated entry ").append(i).append(".\"}");
    }
    return sb.append("\n]}\n").toString();
  }
}
