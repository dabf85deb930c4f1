package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the catalog loader: mutated copies of the fixture catalog and generated JSON documents
 * built from the catalog's own field names. Reading for use either succeeds or throws {@link
 * CatalogException}, nothing else; checking never throws; and a file that {@code validate} finds no
 * error in always loads.
 */
class CatalogFuzzProperties {
  private static final byte[] FIXTURE = fixture();

  private static byte[] fixture() {
    try {
      return Files.readAllBytes(Path.of("src", "test", "resources", "fixture", "catalog.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One edit of a byte string. */
  record Mutation(int kind, double at, int length, byte value) {
    byte[] apply(byte[] in) {
      int pos = (int) (at * in.length);
      int len = Math.min(length, in.length - pos);
      return switch (kind) {
        case 0 -> splice(in, pos, 0, new byte[] {value}); // insert a byte
        case 1 -> splice(in, pos, len, new byte[0]); // delete a run
        case 2 -> { // overwrite a byte
          byte[] out = in.clone();
          if (pos < out.length) {
            out[pos] = value;
          }
          yield out;
        }
        case 3 -> splice(in, pos, 0, java.util.Arrays.copyOfRange(in, pos, pos + len)); // repeat
        case 4 -> java.util.Arrays.copyOf(in, pos); // truncate
        default -> splice(in, pos, 0, TOKENS.get(Math.floorMod(value, TOKENS.size())));
      };
    }
  }

  /** Fragments that steer mutations towards the parser's interesting paths. */
  private static final List<byte[]> TOKENS =
      List.of(
          "{".getBytes(StandardCharsets.UTF_8),
          "}".getBytes(StandardCharsets.UTF_8),
          "[".getBytes(StandardCharsets.UTF_8),
          "]".getBytes(StandardCharsets.UTF_8),
          ",".getBytes(StandardCharsets.UTF_8),
          ":".getBytes(StandardCharsets.UTF_8),
          "\"".getBytes(StandardCharsets.UTF_8),
          "null".getBytes(StandardCharsets.UTF_8),
          "-1".getBytes(StandardCharsets.UTF_8),
          "1e400".getBytes(StandardCharsets.UTF_8),
          "99999999999999999999999".getBytes(StandardCharsets.UTF_8),
          "\"\\u0000\"".getBytes(StandardCharsets.UTF_8),
          "\"\\ud800\"".getBytes(StandardCharsets.UTF_8),
          new byte[] {(byte) 0xff},
          new byte[] {(byte) 0xe4, (byte) 0xb8},
          "\"base\": [\"t5\"], ".getBytes(StandardCharsets.UTF_8),
          "\"id\": \"t5\", ".getBytes(StandardCharsets.UTF_8),
          "\"released\": \"2999-12-31\", ".getBytes(StandardCharsets.UTF_8));

  private static byte[] splice(byte[] in, int pos, int remove, byte[] insert) {
    byte[] out = new byte[in.length - remove + insert.length];
    System.arraycopy(in, 0, out, 0, pos);
    System.arraycopy(insert, 0, out, pos, insert.length);
    System.arraycopy(in, pos + remove, out, pos + insert.length, in.length - pos - remove);
    return out;
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 200),
                Arbitraries.bytes())
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void mutatedCatalogsFailOnlyWithCatalogException(@ForAll("mutations") List<Mutation> edits) {
    byte[] bytes = FIXTURE;
    for (Mutation m : edits) {
      bytes = m.apply(bytes);
    }
    checkOnlyDocumentedFailures(bytes);
    // A fuzzer whose mutations were all rejected at the first byte would test nothing past it.
    Statistics.coverage(
        c -> {
          c.check("rejected").percentage(p -> p >= 20);
          c.check("loads, valid").percentage(p -> p >= 1);
        });
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void generatedCatalogsFailOnlyWithCatalogException(@ForAll long seed) {
    // Built from a seed rather than from combined arbitraries: thousands of documents a second,
    // and a failure still reproduces from the seed jqwik reports.
    checkOnlyDocumentedFailures(
        new Generator(new java.util.Random(seed)).catalog().getBytes(StandardCharsets.UTF_8));
    // Each outcome must be reached often: documents that all fail to read would leave the
    // validator unfuzzed, documents that all pass would leave the reader's errors unfuzzed.
    Statistics.coverage(
        c -> {
          c.check("rejected").percentage(p -> p >= 10);
          c.check("loads, validate finds errors").percentage(p -> p >= 5);
          c.check("loads, valid").percentage(p -> p >= 1);
        });
  }

  /** The properties every input must have, whatever it is. */
  static void checkOnlyDocumentedFailures(byte[] bytes) {
    boolean loads;
    try {
      Catalog.of(CatalogReader.read(new ByteArrayInputStream(bytes), "fuzz.json"));
      loads = true;
    } catch (CatalogException e) {
      assertTrue(e.getMessage().startsWith("fuzz.json"), e.getMessage());
      assertTrue(e.line() >= 0 && e.column() >= 0);
      loads = false;
    }
    CatalogReader.Checked checked =
        CatalogReader.check(new ByteArrayInputStream(bytes), "fuzz.json");
    CatalogValidator.Report report = CatalogValidator.check(List.of(checked));
    for (CatalogProblem p : report.problems()) {
      assertNotNull(p.message());
      assertEquals("fuzz.json", p.at().source());
    }
    if (loads) {
      assertNotNull(checked.data(), "what loads can be checked");
    }
    if (report.errors() == 0) {
      assertTrue(loads, "a catalog validate passes must load: " + report.problems());
    }
    Statistics.collect(
        loads
            ? (report.errors() == 0 ? "loads, valid" : "loads, validate finds errors")
            : "rejected");
  }

  // --- Generated documents: the catalog's shape with random values of random types.

  /** Writes random catalogs that look like catalogs: known field names, mostly plausible values. */
  static final class Generator {
    private static final List<String> MODEL_FIELDS =
        List.of(
            "id",
            "name",
            "nameZh",
            "aliases",
            "org",
            "category",
            "released",
            "open",
            "params",
            "base",
            "trainedWith",
            "links",
            "license",
            "notes",
            "corrections",
            "seed",
            "extra");
    private static final List<String> ORG_FIELDS =
        List.of("id", "name", "family", "aliases", "mergedInto", "mergedOn", "country", "url");
    private static final String[] IDS = {"a", "b", "c", "o", "A B", "", "a--b", "m1"};
    private final java.util.Random r;

    Generator(java.util.Random r) {
      this.r = r;
    }

    /** Documents made of valid values only, to reach the semantic rules more often. */
    private boolean clean;

    /** How rare odd values are in a document that is not clean: 1, 4 or 16 times rarer. */
    private int rarity;

    String catalog() {
      clean = r.nextInt(3) == 0;
      rarity = new int[] {1, 4, 16}[r.nextInt(3)];
      List<String> parts = new ArrayList<>();
      int drop = clean ? -1 : r.nextInt(8);
      if (drop != 0) {
        parts.add("\"version\": " + (odd(5) ? scalar() : "\"1\""));
      }
      if (drop != 1) {
        parts.add(
            "\"date\": "
                + choose(new String[] {"\"2026-01-01\"", "\"2026\""}, "\"2026-13\"", "1", "null"));
      }
      if (drop != 2) {
        String orgs = objects(ORG_FIELDS, 3);
        parts.add(
            "\"orgs\": "
                + (clean
                    ? orgs.replaceFirst(
                            "^\\[", "[{\"id\": \"o\", \"name\": \"O\", \"family\": \"O\"}, ")
                        .replace(", ]", "]")
                    : orgs));
      }
      if (drop != 3) {
        parts.add("\"models\": " + objects(MODEL_FIELDS, 6));
      }
      if (r.nextInt(6) == 0) {
        parts.add("\"changelog\": [{\"version\": \"1\", \"changes\": [" + quote(text()) + "]}]");
      }
      java.util.Collections.shuffle(parts, r);
      return "{" + String.join(", ", parts) + "}";
    }

    /** True one time in {@code n}, never in a clean document. */
    private boolean odd(int n) {
      return !clean && r.nextInt(n * rarity) == 0;
    }

    /** One of the valid options, or now and then (not in a clean document) an invalid one. */
    private String choose(String[] valid, String... invalid) {
      return odd(4) ? pick(invalid) : pick(valid);
    }

    private String objects(List<String> fields, int max) {
      if (odd(10)) {
        return scalar();
      }
      List<String> items = new ArrayList<>();
      for (int i = r.nextInt(max + 1); i > 0; i--) {
        items.add(odd(12) ? scalar() : object(fields));
      }
      return "[" + String.join(", ", items) + "]";
    }

    private int modelsWritten;

    private String object(final List<String> given) {
      List<String> fields = given;
      List<String> entries = new ArrayList<>();
      if (clean && fields == MODEL_FIELDS) {
        // Resolvable references and unique ids, so that the semantic rules get their turn.
        int n = modelsWritten++;
        entries.add("\"id\": \"m" + n + "\", \"org\": \"o\"");
        if (n > 0 && r.nextBoolean()) {
          entries.add("\"base\": [\"m" + r.nextInt(n + (r.nextInt(10) == 0 ? 1 : 0)) + "\"]");
        }
        fields = fields.stream().filter(f -> !List.of("id", "org", "base").contains(f)).toList();
        if (r.nextInt(3) == 0) {
          entries.add(
              "\"params\": "
                  + pick(
                      "{\"text\": \"7B\", \"min\": 7000000000, \"max\": 7000000000, \"confirmed\": true}",
                      "{\"text\": \"1B-2B\", \"min\": 1000000000, \"max\": 2000000000, \"confirmed\": false}",
                      "{\"text\": \"undisclosed\", \"confirmed\": true}"));
        }
        fields =
            fields.stream()
                .filter(f -> !List.of("params", "trainedWith", "extra").contains(f))
                .toList();
      } else if (clean && fields == ORG_FIELDS) {
        return "{\"id\": \"o" + modelsWritten++ + "\", \"name\": \"O\", \"family\": \"O\"}";
      }
      for (String field : fields) {
        // Required fields usually there, others half the time.
        boolean required = List.of("id", "name", "org", "category", "family").contains(field);
        if (field.equals("extra") && clean) {
          continue;
        }
        if ((required && clean) || r.nextInt(10) < (required ? 9 : 5)) {
          entries.add("\"" + field + "\": " + (odd(8) ? scalar() : value(field)));
        }
      }
      return "{" + String.join(", ", entries) + "}";
    }

    private String value(String field) {
      return switch (field) {
        case "id", "org", "mergedInto" ->
            quote(choose(new String[] {"a", "b", "c", "o", "m1"}, IDS));
        case "category" ->
            quote(choose(new String[] {"chat", "framework", "foundation"}, "robot", ""));
        case "released", "mergedOn" ->
            quote(
                choose(new String[] {"2020", "2026-02", "2025-12-31"}, "2023-02-30", "2999", "x"));
        case "open" -> choose(new String[] {"true", "false", "null"}, "\"yes\"");
        case "base", "trainedWith", "aliases", "corrections" -> {
          List<String> ids = new ArrayList<>();
          for (int i = r.nextInt(4); i > 0; i--) {
            String id = quote(choose(new String[] {"a", "b", "c", "m1"}, IDS));
            ids.add(
                field.equals("base") && r.nextInt(6) == 0
                    ? "{\"id\": "
                        + id
                        + ", \"relation\": "
                        + quote(choose(new String[] {"chat"}, "x"))
                        + "}"
                    : id);
          }
          yield "[" + String.join(", ", ids) + "]";
        }
        case "params" ->
            "{\"text\": "
                + choose(new String[] {"\"7B\"", "\"7B-70B\"", "\"undisclosed\""}, "1")
                + ", \"min\": "
                + choose(
                    new String[] {"7000000000", "null"},
                    "70000000000",
                    "0",
                    "-5",
                    "1.5",
                    "\"7B\"",
                    "1e30")
                + ", \"max\": "
                + choose(new String[] {"7000000000", "70000000000", "null"}, "\"x\"")
                + ", \"confirmed\": "
                + choose(new String[] {"true", "false"}, "null")
                + "}";
        case "links" ->
            choose(
                new String[] {
                  "{\"paper\": \"https://x\"}", "{\"blog\": \"https://x\", \"code\": \"https://y\"}"
                },
                "{\"blog\": \"http://x\"}",
                "{\"odd\": \"https://x\"}",
                "{}",
                "{\"paper\": 1}");
        case "country" -> quote(choose(new String[] {"US", "INTL"}, "usa"));
        case "url" -> quote(choose(new String[] {"https://x"}, "ftp://x"));
        case "name", "family", "nameZh", "license", "notes", "seed" ->
            quote(odd(4) ? text() : "N" + text());
        default -> scalar();
      };
    }

    /** A JSON value of a simple kind, or a short array or object of them. */
    private String scalar() {
      return switch (r.nextInt(10)) {
        case 0 -> "[" + (r.nextBoolean() ? "" : scalar()) + "]";
        case 1 -> "{\"k\": " + scalar() + "}";
        case 2, 3, 4 -> quote(text());
        default -> pick("null", "true", "false", "0", "-1", "1e3", "12345678901234567890", "0.5");
      };
    }

    private String text() {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(9); i > 0; i--) {
        sb.append(
            pick(
                "a", "Z", " ", "-", ".", "龙", "é", "\\u001b", "\\\"", "\\n", "7B", "\\ud800", "q",
                "x"));
      }
      return sb.toString();
    }

    private String pick(String... options) {
      return options[r.nextInt(options.length)];
    }
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  // --- Valid lineage graphs: what loads has no cycle; one back edge makes "cycle".

  @Property
  void aBackEdgeInALineageChainIsReportedAsACycle(
      @ForAll @IntRange(min = 2, max = 60) int size,
      @ForAll @IntRange(min = 0, max = 1000) int from,
      @ForAll @IntRange(min = 0, max = 1000) int to) {
    int a = from % size;
    int b = to % size;
    List<dev.llmscape.model.Model> models = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<String> bases = new ArrayList<>();
      if (i > 0) {
        bases.add("m" + (i - 1));
      }
      if (i == Math.min(a, b) && a != b) {
        bases.add("m" + Math.max(a, b)); // an older model derived from a newer one: a cycle
      }
      models.add(
          new dev.llmscape.model.Model(
              "m" + i,
              "Model " + i,
              null,
              List.of(),
              "o",
              dev.llmscape.model.Category.CHAT,
              null,
              dev.llmscape.model.Openness.UNKNOWN,
              null,
              bases.stream().map(dev.llmscape.model.Lineage::plain).toList(),
              List.of(),
              java.util.Map.of("blog", "https://x"),
              null,
              null,
              List.of(),
              null));
    }
    CatalogData data =
        new CatalogData(
            "gen.json",
            "1",
            dev.llmscape.model.ReleaseDate.parse("2026"),
            List.of(
                new dev.llmscape.model.Org(
                    "o", "O", null, "O", null, List.of(), null, null, null, null)),
            models,
            List.of(),
            java.util.Map.of(),
            List.of());
    List<CatalogProblem> problems =
        CatalogValidator.check(List.of(new CatalogReader.Checked(data, List.of(), Set.of())))
            .problems();
    long cycles = problems.stream().filter(p -> p.rule().equals("cycle")).count();
    assertEquals(a == b ? 0 : 1, cycles, problems.toString());
    assertEquals(cycles, problems.size(), problems.toString());
    if (a != b) {
      String message = problems.get(0).message();
      assertTrue(message.startsWith("lineage cycle: m" + Math.min(a, b) + " -> "), message);
      assertEquals(Math.abs(a - b) + 2, message.split(" -> ").length, message);
    }
    Set<String> none = Set.of();
    assertEquals(a != b, !CatalogValidator.references(data, none).isEmpty());
  }
}
