package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.ParamSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The catalog as one self-contained web page: the landscape picture, then a table of the models
 * (sortable, filtered by a box that also reads and writes the URL fragment, {@code #q=meta}) and a
 * model's card on click. No network: the styles, the script and the picture are inline, and a
 * Content-Security-Policy allows nothing else (no fetch, no remote image, font or script; inline
 * code only by its hash).
 *
 * <p>Catalog text never becomes markup: the models travel as JSON in a {@code <script
 * type="application/json">} (with {@code <}, {@code >}, {@code &}, {@code '}, U+2028 and U+2029
 * escaped), the page's script puts them into the document as text nodes only, and only https links
 * are kept (and checked again by the script).
 */
public final class HtmlExport {
  private HtmlExport() {}

  /**
   * Writes the page.
   *
   * @param models the table's models
   * @param landscape the picture at the top
   */
  public static void write(
      PrintWriter out, Catalog catalog, List<Model> models, LandscapeLayout landscape) {
    String css = resource("page.css") + markColours();
    String js = resource("page.js");
    String svg = LandscapeSvg.svg(landscape);
    String data = JsonOutput.forHtml(gen -> data(gen, catalog, models));
    String title = SvgText.escape("LLM landscape \u00b7 llmscape catalog " + catalog.version());
    String policy =
        "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; style-src "
            + hash(css)
            + " "
            + hash(LandscapeSvg.css())
            + "; script-src "
            + hash(js);
    out.print("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.print("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.print("<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">\n");
    out.print("<title>" + title + "</title>\n");
    out.print("<style>" + css + "</style>\n</head>\n<body>\n<header>\n");
    out.print("<h1>The landscape of large language models</h1>\n");
    out.print(
        "<p>"
            + models.size()
            + (models.size() == 1 ? " model" : " models")
            + " \u00b7 catalog "
            + SvgText.escape(catalog.version())
            + " ("
            + catalog.date()
            + ") \u00b7 made by llmscape; works offline. Click a row or a mark for its card.</p>\n");
    out.print("</header>\n<main>\n<section id=\"picture\">" + svg + "</section>\n");
    out.print("<section id=\"table\">\n<div class=\"controls\"><label for=\"q\">Filter</label> ");
    out.print("<input id=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\"");
    out.print(" placeholder=\"name, org, family or Chinese name\"> <span id=\"count\"></span>");
    out.print("</div>\n<table id=\"models\">\n<thead><tr>");
    for (String[] column : COLUMNS) {
      out.print(
          "<th data-key=\"" + column[0] + "\" tabindex=\"0\" scope=\"col\">" + column[1] + "</th>");
    }
    out.print("</tr></thead>\n<tbody></tbody>\n</table>\n");
    out.print("<noscript><p>The table and cards need JavaScript.</p></noscript>\n</section>\n");
    out.print("<aside id=\"card\" hidden></aside>\n</main>\n");
    out.print("<script type=\"application/json\" id=\"catalog-data\">" + data + "</script>\n");
    out.print("<script>" + js + "</script>\n</body>\n</html>\n");
    out.flush();
  }

  /** The table's columns: sort key and heading. */
  private static final String[][] COLUMNS = {
    {"name", "Name"},
    {"org", "Org"},
    {"family", "Family"},
    {"category", "Category"},
    {"released", "Released"},
    {"size", "Parameters"},
    {"access", "Access"},
    {"license", "Licence"},
    {"links", "Sources"}
  };

  private static void data(JsonGenerator gen, Catalog catalog, List<Model> models)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("version", Sanitizer.clean(catalog.version()));
    gen.writeStringField("date", String.valueOf(catalog.date()));
    gen.writeArrayFieldStart("models");
    for (Model m : models) {
      model(gen, catalog, m);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void model(JsonGenerator gen, Catalog catalog, Model m) throws IOException {
    var org = catalog.orgOf(m);
    gen.writeStartObject();
    text(gen, "id", m.id());
    text(gen, "name", m.name());
    text(gen, "nameZh", m.nameZh());
    gen.writeArrayFieldStart("aliases");
    for (String a : m.aliases()) {
      gen.writeString(Sanitizer.clean(a));
    }
    gen.writeEndArray();
    text(gen, "org", org.name());
    if (org.nameZh() != null
        && !org.nameZh().equals(org.name())
        && !org.nameZh().equals(org.family())) {
      text(gen, "orgZh", org.nameZh()); // as show does: not when it only repeats the name
    }
    text(gen, "family", org.family());
    text(gen, "category", m.category().id());
    if (m.released() != null) {
      gen.writeStringField("released", m.released().toString());
      gen.writeNumberField("day", m.released().sortKey());
    }
    ParamSize p = m.params();
    if (p != null) {
      gen.writeStringField("params", LineageText.size(m));
      if (p.known()) {
        gen.writeNumberField("size", p.max());
      }
    }
    gen.writeStringField("open", m.openness().word());
    MarkStyle mark = MarkStyle.of(m);
    gen.writeStringField("access", mark.label());
    gen.writeStringField("accessClass", mark.cssClass());
    text(gen, "license", m.license());
    gen.writeArrayFieldStart("bases");
    for (Lineage edge : m.bases()) {
      Model base = catalog.index().byId(edge.baseId());
      gen.writeStartObject();
      text(gen, "id", edge.baseId());
      text(gen, "name", base == null ? edge.baseId() : base.name());
      String relation = LineageText.relation(edge);
      text(gen, "relation", relation.isEmpty() ? null : relation);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("derivatives");
    for (Model child : catalog.index().childrenOf(m.id())) {
      gen.writeStartObject();
      text(gen, "id", child.id());
      text(gen, "name", child.name());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("links");
    for (Map.Entry<String, String> link : m.links().entrySet()) {
      String url = SvgText.httpsUrl(link.getValue());
      if (url != null) {
        gen.writeStartObject();
        text(gen, "kind", link.getKey());
        gen.writeStringField("url", url);
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
    text(gen, "notes", m.notes());
    gen.writeArrayFieldStart("corrections");
    for (String c : m.corrections()) {
      gen.writeString(Sanitizer.clean(c));
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** A text field, sanitised as for a terminal; left out when null. */
  private static void text(JsonGenerator gen, String field, String value) throws IOException {
    if (value != null) {
      gen.writeStringField(field, Sanitizer.clean(value));
    }
  }

  /**
   * The table's access column in the landscape's mark colours: the page follows {@link MarkStyle},
   * whatever classes it tells apart.
   */
  private static String markColours() {
    StringBuilder sb = new StringBuilder();
    for (MarkStyle s : MarkStyle.values()) {
      sb.append("td.").append(s.cssClass()).append("{color:").append(s.stroke()).append("}\n");
    }
    return sb.toString();
  }

  /** A CSP source for inline code: 'sha256-...' of its exact text. */
  static String hash(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlExport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
