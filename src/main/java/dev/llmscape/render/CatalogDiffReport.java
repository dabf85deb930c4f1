package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.CatalogDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code llmscape catalog diff}: on a terminal, the two catalogs and then what was added (+),
 * removed (-) and changed (~), each change field by field; piped, one tab-separated line per entry
 * or field change, for grep and cut: {@code added TAB kind TAB id TAB name}, {@code removed ...},
 * {@code changed TAB kind TAB id TAB field TAB before TAB after}.
 */
public final class CatalogDiffReport {
  /** How many changed fields a terminal shows per entry before summarising the rest. */
  private static final int FIELDS_SHOWN = 12;

  private CatalogDiffReport() {}

  public static void print(PrintWriter out, TerminalContext ctx, CatalogDiff diff) {
    if (!ctx.tty()) {
      piped(out, diff);
      return;
    }
    Styles s = ctx.styles();
    int width = Math.max(ctx.width(), 40);
    out.println(s.bold("catalog diff"));
    out.println(DisplayWidth.truncate("from  " + side(diff.from()), width, ctx.ellipsis()));
    out.println(DisplayWidth.truncate("to    " + side(diff.to()), width, ctx.ellipsis()));
    if (diff.isEmpty()) {
      out.println("no differences");
      out.flush();
      return;
    }
    out.println(summary(diff));
    for (CatalogDiff.Entry e : diff.added()) {
      out.println(s.apply(Style.OPEN, "+ ") + entry(e));
    }
    for (CatalogDiff.Entry e : diff.removed()) {
      out.println(s.apply(Style.CLOSED, "- ") + entry(e));
    }
    for (CatalogDiff.Changed c : diff.changed()) {
      out.println(s.apply(Style.WARNING, "~ ") + entry(c.entry()));
      List<CatalogDiff.FieldChange> fields = c.fields();
      for (int i = 0; i < Math.min(fields.size(), FIELDS_SHOWN); i++) {
        CatalogDiff.FieldChange f = fields.get(i);
        String line =
            "    "
                + Sanitizer.clean(f.field())
                + ": "
                + value(f.before())
                + " -> "
                + value(f.after());
        out.println(DisplayWidth.truncate(line, width, ctx.ellipsis()));
      }
      if (fields.size() > FIELDS_SHOWN) {
        out.println(s.dim("    ... and " + (fields.size() - FIELDS_SHOWN) + " more fields"));
      }
    }
    out.flush();
  }

  /** "+3 added, -1 removed, ~12 changed (models and orgs)". */
  public static String summary(CatalogDiff diff) {
    return diff.added().size()
        + " added, "
        + diff.removed().size()
        + " removed, "
        + diff.changed().size()
        + " changed";
  }

  private static String side(CatalogDiff.Side side) {
    return Sanitizer.clean(side.name())
        + ": "
        + Sanitizer.clean(side.version())
        + " ("
        + Sanitizer.clean(side.date())
        + ", "
        + side.models()
        + " models)";
  }

  private static String entry(CatalogDiff.Entry e) {
    return e.kind() + " " + Sanitizer.clean(e.id()) + "  " + Sanitizer.clean(e.name());
  }

  private static String value(String json) {
    return json == null ? "(absent)" : Sanitizer.clean(json);
  }

  private static void piped(PrintWriter out, CatalogDiff diff) {
    for (CatalogDiff.Entry e : diff.added()) {
      out.println(String.join("\t", "added", e.kind(), clean(e.id()), clean(e.name())));
    }
    for (CatalogDiff.Entry e : diff.removed()) {
      out.println(String.join("\t", "removed", e.kind(), clean(e.id()), clean(e.name())));
    }
    for (CatalogDiff.Changed c : diff.changed()) {
      for (CatalogDiff.FieldChange f : c.fields()) {
        out.println(
            String.join(
                "\t",
                "changed",
                c.entry().kind(),
                clean(c.entry().id()),
                clean(f.field()),
                f.before() == null ? "" : clean(f.before()),
                f.after() == null ? "" : clean(f.after())));
      }
    }
    out.flush();
  }

  /** Sanitised, with tabs and newlines made spaces so each record stays one line. */
  private static String clean(String text) {
    return Sanitizer.clean(text).replace('\t', ' ').replace('\n', ' ');
  }

  /** The JSON form, documented in docs/json.md. */
  public static void writeJson(JsonGenerator gen, CatalogDiff diff) throws IOException {
    gen.writeStartObject();
    side(gen, "from", diff.from());
    side(gen, "to", diff.to());
    entries(gen, "added", diff.added());
    entries(gen, "removed", diff.removed());
    gen.writeArrayFieldStart("changed");
    for (CatalogDiff.Changed c : diff.changed()) {
      gen.writeStartObject();
      gen.writeStringField("kind", c.entry().kind());
      gen.writeStringField("id", c.entry().id());
      gen.writeStringField("name", c.entry().name());
      gen.writeArrayFieldStart("fields");
      for (CatalogDiff.FieldChange f : c.fields()) {
        gen.writeStartObject();
        gen.writeStringField("field", f.field());
        writeRaw(gen, "before", f.before());
        writeRaw(gen, "after", f.after());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** A value as the JSON it was in the catalog, or null where the field was absent. */
  private static void writeRaw(JsonGenerator gen, String name, String json) throws IOException {
    gen.writeFieldName(name);
    if (json == null) {
      gen.writeNull();
    } else {
      gen.writeRawValue(safe(json));
    }
  }

  /**
   * Compact JSON with every character that could act on a terminal escaped as a JSON backslash-u
   * escape: the encoder already escapes C0 controls; this adds DEL, C1 controls, bidirectional
   * controls, line and paragraph separators and surrogates (which only occur inside strings, where
   * the escape is valid JSON).
   */
  static String safe(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean unsafe =
          (c >= 0x7f && c <= 0x9f)
              || (c >= 0x200e && c <= 0x200f)
              || (c >= 0x2028 && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069)
              || Character.isSurrogate(c);
      if (unsafe && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        out.append(unsafe ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? json : out.toString();
  }

  private static void side(JsonGenerator gen, String name, CatalogDiff.Side side)
      throws IOException {
    gen.writeObjectFieldStart(name);
    gen.writeStringField("source", side.name());
    gen.writeStringField("version", side.version());
    gen.writeStringField("date", side.date());
    gen.writeNumberField("models", side.models());
    gen.writeEndObject();
  }

  private static void entries(JsonGenerator gen, String name, List<CatalogDiff.Entry> entries)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (CatalogDiff.Entry e : entries) {
      gen.writeStartObject();
      gen.writeStringField("kind", e.kind());
      gen.writeStringField("id", e.id());
      gen.writeStringField("name", e.name());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
