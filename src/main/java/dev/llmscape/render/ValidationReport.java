package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.CatalogProblem;
import dev.llmscape.catalog.CatalogValidator;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code validate}'s report: one line per problem in the compiler's {@code file:line:column:} form
 * (editors jump to it), then a summary line. Catalog text in messages is sanitised.
 */
public final class ValidationReport {
  private ValidationReport() {}

  public static void print(PrintWriter out, TerminalContext ctx, CatalogValidator.Report report) {
    Styles s = ctx.styles();
    for (CatalogProblem p : report.problems()) {
      Style style =
          switch (p.severity()) {
            case ERROR -> Style.ERROR;
            case WARNING -> Style.WARNING;
            case NOTE -> Style.DIM;
          };
      out.println(
          Sanitizer.clean(p.where())
              + ": "
              + s.apply(style, p.severity().word())
              + ": "
              + Sanitizer.clean(p.subjectAndMessage())
              + s.dim(" [" + p.rule() + "]"));
    }
    long errors = report.errors();
    long warnings = report.warnings();
    String counts =
        plural(report.models(), "model")
            + ", "
            + plural(report.orgs(), "org")
            + ": "
            + plural(errors, "error");
    if (warnings > 0) {
      counts += ", " + plural(warnings, "warning");
    }
    String summary = Sanitizer.clean(String.join(" + ", report.sources())) + ": " + counts;
    out.println(errors > 0 ? s.error(summary) : summary);
    out.flush();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The {@code validate --json} contract (docs/json.md). */
  public static void writeJson(JsonGenerator gen, CatalogValidator.Report report)
      throws IOException {
    gen.writeStartObject();
    gen.writeBooleanField("valid", report.errors() == 0);
    gen.writeNumberField("errors", report.errors());
    gen.writeNumberField("warnings", report.warnings());
    gen.writeArrayFieldStart("sources");
    for (String source : report.sources()) {
      gen.writeString(source);
    }
    gen.writeEndArray();
    gen.writeNumberField("models", report.models());
    gen.writeNumberField("orgs", report.orgs());
    gen.writeArrayFieldStart("problems");
    for (CatalogProblem p : report.problems()) {
      gen.writeStartObject();
      gen.writeStringField("severity", p.severity().word());
      gen.writeStringField("rule", p.rule());
      gen.writeStringField("source", p.at().source());
      gen.writeNumberField("line", p.at().line());
      gen.writeNumberField("column", p.at().column());
      gen.writeStringField("model", p.model());
      gen.writeStringField("org", p.org());
      gen.writeStringField("message", p.subjectAndMessage());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
