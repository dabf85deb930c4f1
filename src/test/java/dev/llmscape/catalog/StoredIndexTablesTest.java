package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.model.Category;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The index tables a binary catalog stores ({@link StoredIndexTables}) are the tables computed from
 * its models ({@link IndexTables.Computed}), key for key and in the same order, and every look-up
 * of {@link CatalogIndex} answers the same from either: for the binary the build put in the jar,
 * for the fixture catalogs, and for generated catalogs placed at any offset (as in a cache entry).
 */
class StoredIndexTablesTest {
  @Test
  void theJarsBinaryStoresTheTablesOfTheBundledCatalog() throws IOException {
    byte[] bytes = BundledFile.read(CatalogLoader.BUNDLED_BINARY.substring(1));
    assertNotNull(bytes, "the build compiled the bundled catalog");
    CatalogData json = CatalogLoader.readBundled();
    CatalogBinary.Decoded decoded = CatalogBinary.decodeBundled(bytes, CatalogLoader.BUNDLED_NAME);
    assertSameTables(json, decoded);
    assertSameLookups(json, Catalog.decoded(decoded));
  }

  @Test
  void theFixtureCatalogsStoreTheirTables() throws IOException {
    for (String file : List.of("/fixture/catalog.json", "/v2/catalog.json")) {
      CatalogData json = CatalogLoader.readFile(Cli.resource(file));
      assertRoundTrip(json, 0);
    }
  }

  /**
   * Names keyed with the JDK's Unicode data (not ASCII or Han) are stored with their keys; on
   * another Java release they are keyed again, and where a key moved, name look-ups use keys
   * computed from the models.
   */
  @Test
  void namesKeyedWithUnicodeDataAreCheckedOnAnotherJava() throws IOException {
    String text =
        Files.readString(Cli.resource("/fixture/catalog.json"))
            .replace("\"aliases\": [\"Brain\"]", "\"aliases\": [\"Brain\", \"Ωmega Brain\"]");
    CatalogData json =
        CatalogReader.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "unicode.json");
    byte[] binary = CatalogBinary.write(json);
    int here = Runtime.version().feature();
    StoredIndexTables stored =
        (StoredIndexTables) CatalogBinary.decode(binary, 0, "unicode.json").tables();
    assertTrue(stored.keysHoldOn(here));
    assertTrue(stored.keysHoldOn(here + 1), "keyed again, the same keys");

    // The binary as another JDK might have written it: "Ωmega Brain" keyed differently, in the
    // org key table and in the table of Unicode-keyed names alike.
    byte[] moved = binary.clone();
    byte[] key = Names.key("Ωmega Brain").getBytes(StandardCharsets.UTF_8);
    for (int at = indexOf(moved, key, 0); at >= 0; at = indexOf(moved, key, at + 1)) {
      moved[at + key.length - 1] = 'x';
    }
    CatalogBinary.Decoded decoded = CatalogBinary.decode(moved, 0, "unicode.json");
    CatalogIndex onAnother = new CatalogIndex(json.orgs(), decoded, here + 1);
    assertEquals(
        List.of("meta"), onAnother.orgsNamed("Meta").stream().map(Org::id).toList(), "ASCII");
    assertTrue(
        !((StoredIndexTables) decoded.tables()).keysChecked(),
        "an ASCII name's key needs no Unicode data, nor any check");
    assertTrue(((StoredIndexTables) decoded.tables()).keysHoldOn(here));
    assertTrue(!((StoredIndexTables) decoded.tables()).keysHoldOn(here + 1));
    assertEquals(
        List.of(),
        new CatalogIndex(json.orgs(), decoded, here).orgsNamed("ωmega brain"),
        "the writer's own Java reads its stored keys");
    assertEquals(
        List.of("google-brain"),
        new CatalogIndex(json.orgs(), decoded, here + 1)
            .orgsNamed("ωmega brain").stream().map(Org::id).toList(),
        "another Java finds it by the key it gives");

    CatalogData plain = CatalogLoader.readFile(Cli.resource("/fixture/catalog.json"));
    assertTrue(
        StoredIndexTables.unicodeKeyed(plain.models(), plain.orgs()).isEmpty(),
        "ASCII and Han names only: keys that hold on every JDK");
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    for (int i = from; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  @Property(tries = 60)
  void generatedCatalogsStoreTheirTablesAtAnyOffset(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int models,
      @ForAll @IntRange(min = 0, max = 40) int offset)
      throws IOException {
    String text = CatalogCacheLazyTest.generated(seed, models);
    CatalogData json =
        CatalogReader.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "generated.json");
    assertRoundTrip(json, offset);
  }

  /** Writes the binary form after {@code offset} bytes of something else and compares. */
  private static void assertRoundTrip(CatalogData json, int offset) {
    byte[] binary = CatalogBinary.write(json);
    byte[] bytes = new byte[offset + binary.length];
    new Random(offset).nextBytes(bytes);
    System.arraycopy(binary, 0, bytes, offset, binary.length);
    assertSameTables(json, CatalogBinary.decode(bytes, offset, json.source()));
    assertSameLookups(json, Catalog.decoded(CatalogBinary.decode(bytes, offset, json.source())));
  }

  private static void assertSameTables(CatalogData json, CatalogBinary.Decoded decoded) {
    IndexTables computed = new IndexTables.Computed(json.orgs(), ModelStore.of(json.models()));
    IndexTables stored = decoded.tables();
    // Lookups first, before anything decodes a whole table.
    for (String key : computed.nameTable().keySet()) {
      assertArrayEquals(computed.namePlaces(key), stored.namePlaces(key), key);
    }
    for (String key : computed.orgTable().keySet()) {
      assertArrayEquals(computed.orgPlaces(key), stored.orgPlaces(key), key);
    }
    for (Model m : json.models()) {
      assertEquals(computed.idPlace(m.id()), stored.idPlace(m.id()), m.id());
      assertArrayEquals(computed.childPlaces(m.id()), stored.childPlaces(m.id()), m.id());
    }
    for (String missing : List.of("", "no such model", "\uffff", "zzzzzzzz", "0")) {
      assertEquals(0, stored.namePlaces(missing).length, missing);
      assertEquals(-1, stored.idPlace(missing), missing);
      assertEquals(0, stored.childPlaces(missing).length, missing);
      assertEquals(0, stored.orgPlaces(missing).length, missing);
    }
    assertEquals(0, decoded.decodedModels(), "the tables decode no model");
    assertEquals(entries(computed.nameTable()), entries(stored.nameTable()));
    assertEquals(entries(computed.childTable()), entries(stored.childTable()));
    assertEquals(entries(computed.orgTable()), entries(stored.orgTable()));
    assertArrayEquals(computed.byDate().keys(), stored.byDate().keys());
    assertArrayEquals(computed.byDate().places(), stored.byDate().places());
    assertArrayEquals(computed.bySize().keys(), stored.bySize().keys());
    assertArrayEquals(computed.bySize().places(), stored.bySize().places());
    assertArrayEquals(computed.openness(), stored.openness());
    assertArrayEquals(computed.category(), stored.category());
  }

  /** A table's entries in its order, with the places as lists (arrays compare by identity). */
  private static List<Map.Entry<String, List<Integer>>> entries(Map<String, int[]> table) {
    List<Map.Entry<String, List<Integer>>> out = new ArrayList<>();
    table.forEach((k, v) -> out.add(Map.entry(k, Arrays.stream(v).boxed().toList())));
    return out;
  }

  /** Every look-up of the index answers the same from the JSON and from the binary. */
  private static void assertSameLookups(CatalogData json, Catalog binary) {
    CatalogIndex expected = Catalog.of(json).index();
    CatalogIndex actual = binary.index();
    for (String key : expected.nameKeys().keySet()) {
      assertEquals(expected.byName(key), actual.byName(key), key);
    }
    assertEquals(
        List.copyOf(expected.nameKeys().keySet()), List.copyOf(actual.nameKeys().keySet()));
    for (Model m : json.models()) {
      assertEquals(m, actual.byId(m.id()));
      assertEquals(expected.childrenOf(m.id()), actual.childrenOf(m.id()), m.id());
      assertEquals(expected.positionOf(m.id()), actual.positionOf(m.id()), m.id());
    }
    assertEquals(-1, actual.positionOf("no such model"));
    for (Org org : json.orgs()) {
      for (String name : List.of(org.id(), org.name(), org.family(), org.name().substring(0, 1))) {
        assertEquals(expected.orgsNamed(name), actual.orgsNamed(name), name);
        assertEquals(expected.orgsNamedFrom(name), actual.orgsNamedFrom(name), name);
      }
    }
    for (Openness o : Openness.values()) {
      assertEquals(expected.byOpenness(o), actual.byOpenness(o), o.name());
    }
    for (Category c : Category.values()) {
      assertEquals(expected.byCategory(c), actual.byCategory(c), c.name());
    }
    assertEquals(expected.undated(), actual.undated());
    long[] bounds = {0, 1, 7_000_000_000L, 13_000_000_000L, 100_000_000_000L, Long.MAX_VALUE};
    for (long from : bounds) {
      for (long to : bounds) {
        assertEquals(expected.sizedBetween(from, to), actual.sizedBetween(from, to));
      }
    }
    long[] days = {0, 17_897, 19_000, 19_358, 19_723, 20_500, Long.MAX_VALUE};
    for (long from : days) {
      for (long to : days) {
        assertEquals(expected.releasedBetween(from, to), actual.releasedBetween(from, to));
      }
    }
    assertEquals(json.models(), List.copyOf(actual.all()));
  }

  /** The writer's tables come from the catalog itself: a renamed model is found by its new name. */
  @Test
  void aRenamedModelIsFoundByItsNewName() throws IOException {
    String text = Files.readString(Cli.fixturePath());
    Model first = CatalogLoader.readFile(Cli.fixturePath()).models().get(0);
    String renamed = text.replace("\"name\": \"" + first.name() + "\"", "\"name\": \"Zz Renamed\"");
    CatalogData changed =
        CatalogReader.read(
            new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)), "changed.json");
    CatalogIndex index =
        Catalog.decoded(CatalogBinary.decode(CatalogBinary.write(changed), 0, "changed.json"))
            .index();
    assertEquals(List.of(first.id()), index.byName("zz renamed").stream().map(Model::id).toList());
    assertEquals(List.of(first.id()), index.byName(first.id()).stream().map(Model::id).toList());
  }

  /** The cache's binary carries no tables: its index computes them, answering the same. */
  @Test
  void aBinaryWithoutTablesComputesThem() throws IOException {
    CatalogData json = CatalogLoader.readFile(Cli.fixturePath());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    CatalogBinary.write(json, bytes, false);
    CatalogBinary.Decoded decoded = CatalogBinary.decode(bytes.toByteArray(), 0, json.source());
    assertEquals(null, decoded.tables());
    assertTrue(bytes.size() < CatalogBinary.write(json).length);
    assertSameLookups(json, Catalog.decoded(decoded));
  }
}
