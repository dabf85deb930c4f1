package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.model.Access;
import dev.llmscape.query.Breakdown;
import dev.llmscape.query.CatalogSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code llmscape stats}: counts of models along one breakdown, as a bar chart or JSON. */
public final class StatsReport {
  /** The fields of {@code stats --json}, in output order. */
  public static final List<String> JSON_FIELDS = List.of("by", "models", "counts");

  private StatsReport() {}

  public static void print(
      PrintWriter out, TerminalContext ctx, Breakdown by, CatalogSummary summary, boolean header) {
    String title = summary.models() + " models by " + by.label();
    BarChart.print(
        out,
        ctx,
        title,
        by.id().toUpperCase(Locale.ROOT),
        summary.by(by),
        key -> style(by, key),
        header);
  }

  /**
   * Open weights green (also the access classes with weights), closed red, unknowns dim, everything
   * else one accent colour.
   */
  private static Style style(Breakdown by, String key) {
    if (key.equals("unknown")) {
      return Style.UNKNOWN;
    }
    if (by == Breakdown.OPEN) {
      return key.equals("yes") ? Style.OPEN : Style.CLOSED;
    }
    if (by == Breakdown.ACCESS) {
      return Access.fromId(key).map(Access::weights).orElse(false) ? Style.OPEN : Style.CLOSED;
    }
    return Style.ACCENT;
  }

  public static void writeJson(
      JsonGenerator gen, Breakdown by, CatalogSummary summary, FieldSelection fields)
      throws IOException {
    gen.writeStartObject();
    for (String field : fields.fields()) {
      switch (field) {
        case "by" -> gen.writeStringField("by", by.id());
        case "models" -> gen.writeNumberField("models", summary.models());
        case "counts" -> CatalogReport.countsJson(gen, "counts", summary.by(by));
        default -> throw new IllegalArgumentException("no stats field " + field);
      }
    }
    gen.writeEndObject();
  }
}
