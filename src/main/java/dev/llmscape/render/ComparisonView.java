package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.ModelComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code compare}: fields as rows, models as columns. On a terminal, values that differ from the
 * first model's are highlighted, and models that do not fit the width go into further blocks; the
 * common ancestor and the differing fields follow the table. Piped: one tab-separated table.
 */
public final class ComparisonView {
  /** How narrow a model column may get before the models are split into blocks. */
  private static final int MIN_COLUMN = 14;

  private static final int GAP = 2;

  private ComparisonView() {}

  public static void print(
      PrintWriter out, TerminalContext ctx, Catalog catalog, ModelComparison cmp, boolean header) {
    if (!ctx.tty()) {
      TablePrinter.print(out, ctx, table(ctx, catalog, cmp, allIndexes(cmp)), header);
      return;
    }
    List<List<Integer>> blocks = blocks(ctx, catalog, cmp, header);
    for (int b = 0; b < blocks.size(); b++) {
      if (b > 0) {
        out.println();
      }
      TablePrinter.print(out, ctx, table(ctx, catalog, cmp, blocks.get(b)), header);
    }
    Model ancestor = cmp.commonAncestor();
    out.println();
    footer(
        out,
        ctx,
        "common ancestor",
        ancestor == null ? "none" : Sanitizer.clean(ancestor.name()),
        ancestor == null ? Style.DIM : Style.PLAIN);
    footer(
        out,
        ctx,
        "differences",
        cmp.differences().isEmpty() ? "none" : String.join(", ", cmp.differences()),
        cmp.differences().isEmpty() ? Style.DIM : Style.HIGHLIGHT);
    out.flush();
  }

  /** One labelled line under the table, word-wrapped under itself to the width. */
  private static void footer(
      PrintWriter out, TerminalContext ctx, String label, String value, Style style) {
    Styles s = ctx.styles();
    int indent = "common ancestor".length() + GAP;
    List<String> lines = ModelCard.wrap(value, Math.max(10, ctx.width() - indent));
    for (int i = 0; i < lines.size(); i++) {
      String head =
          i == 0 ? s.bold(label) + " ".repeat(indent - label.length()) : " ".repeat(indent);
      out.println(head + s.apply(style, lines.get(i)));
    }
  }

  private static List<Integer> allIndexes(ModelComparison cmp) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < cmp.models().size(); i++) {
      all.add(i);
    }
    return all;
  }

  /** Splits the models into runs of columns that fit the width, each at least one model. */
  private static List<List<Integer>> blocks(
      TerminalContext ctx, Catalog catalog, ModelComparison cmp, boolean header) {
    Table full = table(ctx, catalog, cmp, allIndexes(cmp));
    int[] widths = new int[full.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header ? DisplayWidth.of(Sanitizer.clean(full.columns().get(i).header())) : 0;
      for (List<Table.Cell> row : full.rows()) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(Sanitizer.clean(row.get(i).text())));
      }
    }
    List<List<Integer>> blocks = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int used = widths[0];
    for (int m = 0; m < cmp.models().size(); m++) {
      int need = GAP + Math.min(widths[m + 1], MIN_COLUMN);
      if (!current.isEmpty() && used + need > ctx.width()) {
        blocks.add(current);
        current = new ArrayList<>();
        used = widths[0];
      }
      current.add(m);
      used += need;
    }
    blocks.add(current);
    return blocks;
  }

  private static Table table(
      TerminalContext ctx, Catalog catalog, ModelComparison cmp, List<Integer> shown) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.fixed(ctx.tty() ? "" : "FIELD"));
    for (int i : shown) {
      columns.add(Table.Column.flexible(cmp.models().get(i).name(), 6));
    }
    Table table = new Table(columns);
    if (!ctx.tty()) {
      table.row(row("id", shown, i -> Table.Cell.of(cmp.models().get(i).id()), ctx, false));
    }
    for (ModelField f : ModelFields.COMPARE_ORDER) {
      String field = f.id();
      if (f.compared() == ModelField.Compared.WHERE_KNOWN
          && cmp.models().stream().allMatch(m -> f.compareValue(m) == null)) {
        continue;
      }
      boolean differs = cmp.differs(field);
      Object first = f.compareValue(cmp.models().get(0));
      table.row(
          row(
              field,
              shown,
              i -> {
                Model m = cmp.models().get(i);
                Table.Cell cell = f.compareCell(new ModelField.Of(catalog, m), ctx);
                boolean odd = differs && !Objects.equals(first, f.compareValue(m));
                return odd ? new Table.Cell(cell.text(), Style.HIGHLIGHT) : cell;
              },
              ctx,
              differs));
      if (field.equals("params")) {
        table.row(
            row(
                "relative size",
                shown,
                i -> relative(cmp.relativeSizes().get(i), ctx),
                ctx,
                false));
      }
    }
    if (!ctx.tty()) {
      Model ancestor = cmp.commonAncestor();
      String name = ancestor == null ? "" : ancestor.name();
      table.row(row("common ancestor", shown, i -> Table.Cell.of(name), ctx, false));
    }
    return table;
  }

  private static List<Table.Cell> row(
      String label,
      List<Integer> shown,
      java.util.function.IntFunction<Table.Cell> cell,
      TerminalContext ctx,
      boolean differs) {
    List<Table.Cell> cells = new ArrayList<>();
    cells.add(
        new Table.Cell(label, ctx.tty() ? (differs ? Style.HIGHLIGHT : Style.BOLD) : Style.PLAIN));
    for (int i : shown) {
      cells.add(cell.apply(i));
    }
    return cells;
  }

  private static Table.Cell relative(BigDecimal ratio, TerminalContext ctx) {
    if (ratio == null) {
      return new Table.Cell(ctx.tty() ? "-" : "", Style.UNKNOWN);
    }
    return Table.Cell.of(ratio.toPlainString() + "x");
  }

  /** {@code {models, differences, commonAncestor, relativeSizes}}; see docs/json.md. */
  /** The fields of {@code compare --json}, in output order. */
  public static final List<String> JSON_FIELDS =
      List.of("models", "differences", "commonAncestor", "relativeSizes");

  public static void writeJson(
      JsonGenerator gen, Catalog catalog, ModelComparison cmp, FieldSelection fields)
      throws IOException {
    gen.writeStartObject();
    for (String field : fields.fields()) {
      switch (field) {
        case "models" -> {
          gen.writeFieldName("models");
          ModelJson.writeList(gen, catalog, cmp.models());
        }
        case "differences" -> {
          gen.writeArrayFieldStart("differences");
          for (String difference : cmp.differences()) {
            gen.writeString(difference);
          }
          gen.writeEndArray();
        }
        case "commonAncestor" -> writeAncestor(gen, cmp.commonAncestor());
        case "relativeSizes" -> {
          gen.writeArrayFieldStart("relativeSizes");
          for (BigDecimal ratio : cmp.relativeSizes()) {
            if (ratio == null) {
              gen.writeNull();
            } else {
              gen.writeNumber(ratio.toPlainString());
            }
          }
          gen.writeEndArray();
        }
        default -> throw new IllegalArgumentException("no compare field " + field);
      }
    }
    gen.writeEndObject();
  }

  private static void writeAncestor(JsonGenerator gen, Model ancestor) throws IOException {
    if (ancestor == null) {
      gen.writeNullField("commonAncestor");
    } else {
      gen.writeObjectFieldStart("commonAncestor");
      gen.writeStringField("id", ancestor.id());
      gen.writeStringField("name", ancestor.name());
      gen.writeEndObject();
    }
  }
}
