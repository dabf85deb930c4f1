package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.ChangelogEntry;
import dev.llmscape.query.CatalogSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code llmscape catalog}: what the catalog is, how big, how current, and its changelog. */
public final class CatalogReport {
  private CatalogReport() {}

  public static void print(
      PrintWriter out, TerminalContext ctx, Catalog catalog, CatalogSummary summary) {
    Styles s = ctx.styles();
    out.println(
        s.highlight("llmscape catalog " + Sanitizer.clean(catalog.version()))
            + " ("
            + catalog.date()
            + ")");
    out.println("source      " + Sanitizer.clean(catalog.source()));
    out.println("models      " + summary.models() + " from " + summary.orgs() + " orgs");
    counts(out, s, "categories", summary.byCategory());
    counts(out, s, "openness", summary.byOpenness());
    counts(out, s, "years", summary.byYear());
    counts(out, s, "families", summary.byFamily());
    if (!catalog.changelog().isEmpty()) {
      out.println(s.bold("changelog"));
      for (ChangelogEntry entry : catalog.changelog()) {
        out.println(
            "  "
                + s.bold(Sanitizer.clean(entry.version()))
                + (entry.date() == null ? "" : " (" + entry.date() + ")"));
        for (String change : entry.changes()) {
          out.println("    - " + Sanitizer.clean(change));
        }
      }
    }
    out.flush();
  }

  private static void counts(PrintWriter out, Styles s, String label, Map<String, Integer> counts) {
    out.println(s.bold(label));
    StringBuilder line = new StringBuilder("  ");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String item = Sanitizer.clean(e.getKey()) + " " + e.getValue();
      if (line.length() > 2 && line.length() + item.length() + 2 > 78) {
        out.println(line);
        line = new StringBuilder("  ");
      }
      line.append(line.length() > 2 ? ", " : "").append(item);
    }
    out.println(line);
  }

  /** The fields of {@code catalog --json}, in output order. */
  public static final List<String> JSON_FIELDS =
      List.of(
          "version",
          "date",
          "source",
          "models",
          "orgs",
          "byCategory",
          "byOpenness",
          "byYear",
          "byFamily",
          "changelog");

  public static void writeJson(
      JsonGenerator gen, Catalog catalog, CatalogSummary summary, FieldSelection fields)
      throws IOException {
    gen.writeStartObject();
    for (String field : fields.fields()) {
      switch (field) {
        case "version" -> gen.writeStringField("version", catalog.version());
        case "date" -> gen.writeStringField("date", catalog.date().toString());
        case "source" -> gen.writeStringField("source", catalog.source());
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
