package dev.llmscape.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic catalog in the real format (docs/catalog.md), one model a line, with the
 * fields real entries have (org, category, date, size, a base for one in three, a link, a
 * licence, a note): about 360 bytes a model, so 100,000 models make about 36 MB. Deterministic
 * for a given size.
 *
 * <p>Org {@code meta} (family Meta) holds about 1 in 200 models, so its share grows with the
 * catalog; org {@code acme} holds exactly the first {@value #FIXED_ORG_MODELS} models at every
 * size, so a query for it returns the same number of models however big the catalog is.
 *
 * <p>Runs without a build, by the JDK's source launcher: {@code java
 * bench/src/main/java/dev/llmscape/bench/SyntheticCatalog.java 100000 /tmp/catalog-100k.json}
 */
public final class SyntheticCatalog {
  public static final int FIXED_ORG_MODELS = 100;
  private static final int ORGS = 200;
  private static final String[] CATEGORIES = {
    "foundation", "instruction", "chat", "code", "reasoning", "multimodal"
  };
  private static final String[] SIZES = {"350M", "1.3B", "7B", "13B", "34B", "70B", "175B"};
  private static final long[] COUNTS = {
    350_000_000L, 1_300_000_000L, 7_000_000_000L, 13_000_000_000L, 34_000_000_000L,
    70_000_000_000L, 175_000_000_000L
  };
  private static final String[] LICENSES = {"Apache-2.0", "MIT", "Llama 2 Community License", null};

  private SyntheticCatalog() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SyntheticCatalog MODELS OUTPUT.json");
      System.exit(2);
    }
    int models = Integer.parseInt(args[0].replace("_", ""));
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(models, out);
    }
  }

  /** The catalog as a string, for benchmarks that parse from memory. */
  public static String json(int models) {
    StringWriter out = new StringWriter(models * 350 + 4096);
    try {
      write(models, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  public static void write(int models, Writer w) throws IOException {
    Writer out = w instanceof BufferedWriter ? w : new BufferedWriter(w, 1 << 16);
    SplittableRandom random = new SplittableRandom(42);
    out.write("{\n  \"version\": \"synthetic\",\n  \"date\": \"2026-01-01\",\n  \"orgs\": [\n");
    org(out, "meta", "Meta AI", "Meta", false);
    org(out, "acme", "Acme Labs", "Acme", false);
    for (int i = 2; i < ORGS; i++) {
      org(out, orgId(i), "Org " + i, "Org " + i, i == ORGS - 1);
    }
    out.write("  ],\n  \"models\": [\n");
    for (int i = 0; i < models; i++) {
      model(out, i, random, i == models - 1);
    }
    out.write("  ]\n}\n");
    out.flush();
  }

  private static String orgId(int i) {
    return i == 0 ? "meta" : i == 1 ? "acme" : String.format("org-%03d", i);
  }

  private static void org(Writer out, String id, String name, String family, boolean last)
      throws IOException {
    out.write(
        "    {\"id\": \""
            + id
            + "\", \"name\": \""
            + name
            + "\", \"family\": \""
            + family
            + "\", \"country\": \"US\", \"url\": \"https://example.org/"
            + id
            + "\"}"
            + (last ? "\n" : ",\n"));
  }

  private static void model(Writer out, int i, SplittableRandom random, boolean last)
      throws IOException {
    String id = String.format("m-%07d", i);
    int orgIndex;
    if (i < FIXED_ORG_MODELS) {
      orgIndex = 1;
    } else {
      orgIndex = random.nextInt(ORGS);
      if (orgIndex == 1) {
        orgIndex = 2;
      }
    }
    String org = orgId(orgIndex);
    int size = random.nextInt(SIZES.length);
    int year = 2018 + random.nextInt(8);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    StringBuilder sb = new StringBuilder(400);
    sb.append("    {");
    field(sb, "id", id).append(", ");
    field(sb, "name", "Model " + i).append(", ");
    sb.append("\"aliases\": [\"M").append(i).append("-Instruct\"], ");
    field(sb, "org", org).append(", ");
    field(sb, "category", CATEGORIES[random.nextInt(CATEGORIES.length)]).append(", ");
    field(sb, "released", String.format("%d-%02d-%02d", year, month, day)).append(", ");
    sb.append("\"open\": ").append(random.nextBoolean()).append(", ");
    sb.append("\"params\": {\"text\": \"")
        .append(SIZES[size])
        .append("\", \"min\": ")
        .append(COUNTS[size])
        .append(", \"max\": ")
        .append(COUNTS[size])
        .append("}, ");
    if (i > 0 && random.nextInt(3) == 0) {
      sb.append("\"base\": [\"").append(String.format("m-%07d", random.nextInt(i))).append("\"], ");
    }
    sb.append("\"links\": {\"modelCard\": \"https://huggingface.co/")
        .append(org)
        .append('/')
        .append(id)
        .append("\"}, ");
    String license = LICENSES[random.nextInt(LICENSES.length)];
    sb.append("\"license\": ").append(license == null ? "null" : '"' + license + '"');
    sb.append(", ");
    field(sb, "notes", "Synthetic entry " + i + ".");
    sb.append('}').append(last ? "\n" : ",\n");
    out.write(sb.toString());
  }

  private static StringBuilder field(StringBuilder sb, String name, String value) {
    return sb.append('"').append(name).append("\": \"").append(value).append('"');
  }
}
