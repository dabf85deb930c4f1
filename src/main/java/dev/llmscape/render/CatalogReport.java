package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.ChangelogEntry;
import dev.llmscape.query.CatalogSummary;
import dev.llmscape.query.Coverage;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code llmscape catalog}: what the catalog is, how big, how current, and its changelog. */
public final class CatalogReport {
  private CatalogReport() {}

  /**
   * Where the catalog in use came from.
   *
   * @param kind {@code bundled} (in the jar) or {@code installed} (by {@code catalog update})
   * @param url where an installed catalog was downloaded from, else null
   * @param installedAt when it was installed (ISO-8601), else null
   * @param path the installed file, else null
   * @param previous the version {@code catalog rollback} would go back to, else null
   */
  public record Origin(String kind, String url, String installedAt, String path, String previous) {
    public static final Origin BUNDLED = new Origin("bundled", null, null, null, null);

    /** One line for people: "bundled with llmscape", "installed ... from URL". */
    public String describe() {
      if (url == null) {
        return "bundled with llmscape";
      }
      return "installed "
          + installedAt
          + " from "
          + url
          + (previous == null ? "" : " (rollback goes back to " + previous + ")");
    }
  }

  public static void print(
      PrintWriter out,
      TerminalContext ctx,
      Catalog catalog,
      CatalogSummary summary,
      Origin origin,
      Coverage coverage) {
    Styles s = ctx.styles();
    out.println(
        s.highlight("llmscape catalog " + Sanitizer.clean(catalog.version()))
            + " ("
            + catalog.date()
            + ")");
    if (coverage.newest() != null) {
      // Beside the catalog's date: how current the facts are, and how current the models.
      String newest =
          "newest      "
              + coverage.newest().released()
              + " ("
              + Sanitizer.clean(coverage.newest().name())
              + ")";
      out.println(ctx.tty() ? DisplayWidth.truncate(newest, ctx.width(), ctx.ellipsis()) : newest);
    }
    out.println("source      " + Sanitizer.clean(catalog.source()));
    out.println("origin      " + Sanitizer.clean(origin.describe()));
    out.println("models      " + summary.models() + " from " + summary.orgs() + " orgs");
    // Piped, count lines keep the 80-column layout they always had; on a terminal they fit it.
    int width = ctx.tty() ? Math.max(ctx.width(), 20) : 80;
    counts(out, s, "categories", summary.byCategory(), width);
    counts(out, s, "openness", summary.byOpenness(), width);
    counts(out, s, "years", summary.byYear(), width);
    counts(out, s, "families", summary.byFamily(), width);
    coverage(out, ctx, coverage);
    if (!catalog.changelog().isEmpty()) {
      out.println(s.bold("changelog"));
      for (ChangelogEntry entry : catalog.changelog()) {
        out.println(
            "  "
                + s.bold(Sanitizer.clean(entry.version()))
                + (entry.date() == null ? "" : " (" + entry.date() + ")"));
        for (String change : entry.changes()) {
          String clean = Sanitizer.clean(change);
          if (!ctx.tty()) {
            out.println("    - " + clean); // one line a change, for grep
            continue;
          }
          List<String> lines = ModelCard.wrap(clean, width - 6);
          for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? "    - " : "      ") + lines.get(i));
          }
        }
      }
    }
    out.flush();
  }

  /** How many models have each format-2 fact, one fact a line. */
  private static void coverage(PrintWriter out, TerminalContext ctx, Coverage coverage) {
    Styles s = ctx.styles();
    out.println(s.bold("coverage"));
    int label = 0;
    for (Coverage.Item item : coverage.items()) {
      label = Math.max(label, item.fact().length());
    }
    for (Coverage.Item item : coverage.items()) {
      String line =
          "  "
              + DisplayWidth.padRight(item.fact(), label)
              + "  "
              + item.known()
              + " of "
              + item.of()
              + " "
              + item.among()
              // "0 of 0 MoE models (100%)" would read as a claim: no share when none apply.
              + (item.of() == 0 ? "" : " (" + item.percent() + "%)");
      out.println(ctx.tty() ? DisplayWidth.truncate(line, ctx.width(), ctx.ellipsis()) : line);
    }
  }

  /** "name count" items joined with commas, in lines no wider than {@code width} columns. */
  private static void counts(
      PrintWriter out, Styles s, String label, Map<String, Integer> counts, int width) {
    out.println(s.bold(label));
    StringBuilder line = new StringBuilder("  ");
    int used = 2;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String item = Sanitizer.clean(e.getKey()) + " " + e.getValue();
      int w = DisplayWidth.of(item);
      if (used > 2 && used + w + 2 > width - 2) {
        out.println(line);
        line = new StringBuilder("  ");
        used = 2;
      }
      if (used > 2) {
        line.append(", ");
        used += 2;
      }
      line.append(item);
      used += w;
    }
    out.println(line);
  }

  /** The fields of {@code catalog --json}, in output order. */
  public static final List<String> JSON_FIELDS =
      List.of(
          "version",
          "date",
          "newestRelease",
          "source",
          "sources",
          "origin",
          "models",
          "orgs",
          "byCategory",
          "byOpenness",
          "byYear",
          "byFamily",
          "coverage",
          "changelog");

  public static void writeJson(
      JsonGenerator gen,
      Catalog catalog,
      CatalogSummary summary,
      Origin origin,
      Coverage coverage,
      List<String> sources,
      FieldSelection fields)
      throws IOException {
    gen.writeStartObject();
    for (String field : fields.fields()) {
      switch (field) {
        case "version" -> gen.writeStringField("version", catalog.version());
        case "date" -> gen.writeStringField("date", catalog.date().toString());
        case "newestRelease" ->
            gen.writeStringField(
                "newestRelease",
                coverage.newest() == null ? null : coverage.newest().released().toString());
        case "coverage" -> {
          gen.writeObjectFieldStart("coverage");
          for (Coverage.Item item : coverage.items()) {
            gen.writeObjectFieldStart(item.fact());
            gen.writeNumberField("known", item.known());
            gen.writeNumberField("of", item.of());
            gen.writeStringField("among", item.among());
            gen.writeEndObject();
          }
          gen.writeEndObject();
        }
        case "source" -> gen.writeStringField("source", catalog.source());
        case "sources" -> {
          // validate --json's name and shape for the same list; "source" stays for old scripts.
          gen.writeArrayFieldStart("sources");
          for (String source : sources) {
            gen.writeString(source);
          }
          gen.writeEndArray();
        }
        case "origin" -> writeOrigin(gen, origin);
        case "models" -> gen.writeNumberField("models", summary.models());
        case "orgs" -> gen.writeNumberField("orgs", summary.orgs());
        case "byCategory" -> countsJson(gen, "byCategory", summary.byCategory());
        case "byOpenness" -> countsJson(gen, "byOpenness", summary.byOpenness());
        case "byYear" -> countsJson(gen, "byYear", summary.byYear());
        case "byFamily" -> countsJson(gen, "byFamily", summary.byFamily());
        case "changelog" -> writeChangelog(gen, catalog);
        default -> throw new IllegalArgumentException("no catalog field " + field);
      }
    }
    gen.writeEndObject();
  }

  private static void writeOrigin(JsonGenerator gen, Origin origin) throws IOException {
    gen.writeObjectFieldStart("origin");
    gen.writeStringField("kind", origin.kind());
    gen.writeStringField("url", origin.url());
    gen.writeStringField("installed", origin.installedAt());
    gen.writeStringField("path", origin.path());
    gen.writeStringField("previous", origin.previous());
    gen.writeEndObject();
  }

  private static void writeChangelog(JsonGenerator gen, Catalog catalog) throws IOException {
    gen.writeArrayFieldStart("changelog");
    for (ChangelogEntry entry : catalog.changelog()) {
      gen.writeStartObject();
      gen.writeStringField("version", entry.version());
      gen.writeStringField("date", entry.date() == null ? null : entry.date().toString());
      gen.writeArrayFieldStart("changes");
      for (String c : entry.changes()) {
        gen.writeString(c);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /** Counts as an object of name to count, in the map's order. */
  static void countsJson(JsonGenerator gen, String field, Map<String, Integer> counts)
      throws IOException {
    gen.writeObjectFieldStart(field);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      gen.writeNumberField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }
}
