package dev.llmscape.render;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.ParamSize;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The model list every listing command prints: one row per model. */
public final class ModelTable {
  private ModelTable() {}

  /**
   * Prints the models under the columns of the field definitions ({@link ModelFields#columns}). On
   * a narrow terminal columns go rather than shrink to ellipses: CONTEXT first (it shows only where
   * every column fits whole, and only when some model has one), then CATEGORY, ORG, PARAMS, OPEN
   * and RELEASED; NAME always shows. Piped, every column shows, the id first.
   */
  public static void print(
      PrintWriter out, TerminalContext ctx, Catalog catalog, List<Model> models, boolean header) {
    List<ModelField> shown = new ArrayList<>();
    for (ModelField f : ModelFields.columns()) {
      if (ctx.tty() && (f.pipedOnly() || f.column().spare() && !anyKnown(f, catalog, models))) {
        continue;
      }
      shown.add(f);
    }
    List<Table.Column> columns = new ArrayList<>();
    for (ModelField f : shown) {
      columns.add(f.column());
    }
    Table table = new Table(columns);
    for (Model m : models) {
      ModelField.Of of = new ModelField.Of(catalog, m);
      List<Table.Cell> row = new ArrayList<>();
      for (ModelField f : shown) {
        row.add(f.cell(of, ctx));
      }
      table.row(row);
    }
    TablePrinter.print(out, ctx, table, header);
  }

  /** Whether any of the models has the field (a spare column of dashes is left out). */
  private static boolean anyKnown(ModelField f, Catalog catalog, List<Model> models) {
    for (Model m : models) {
      if (f.flat(new ModelField.Of(catalog, m)) != null) {
        return true;
      }
    }
    return false;
  }

  static Table.Cell released(Model m, TerminalContext ctx) {
    if (m.released() == null) {
      return new Table.Cell(ctx.tty() ? "-" : "", Style.UNKNOWN);
    }
    return Table.Cell.of(m.released().toString());
  }

  /** Openness in a table: piped, an unknown is an empty field, as every unknown is there. */
  static Table.Cell openness(Openness openness, TerminalContext ctx) {
    return openness == Openness.UNKNOWN && !ctx.tty()
        ? new Table.Cell("", Style.UNKNOWN)
        : openness(openness);
  }

  public static Table.Cell openness(Openness openness) {
    Style style =
        switch (openness) {
          case OPEN -> Style.OPEN;
          case CLOSED -> Style.CLOSED;
          case UNKNOWN -> Style.UNKNOWN;
        };
    return new Table.Cell(openness.word(), style);
  }

  /** Sizes as published; an unconfirmed figure is marked with a leading "~" on terminals. */
  public static Table.Cell params(ParamSize params, TerminalContext ctx) {
    if (params == null) {
      return new Table.Cell(ctx.tty() ? "-" : "", Style.UNKNOWN);
    }
    if (!params.known()) {
      return new Table.Cell(params.text(), Style.UNKNOWN);
    }
    String text = params.confirmed() || !ctx.tty() ? params.text() : "~" + params.text();
    return new Table.Cell(text, params.confirmed() ? Style.PLAIN : Style.DIM);
  }
}
