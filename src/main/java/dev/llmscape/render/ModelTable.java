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

  public static void print(
      PrintWriter out, TerminalContext ctx, Catalog catalog, List<Model> models, boolean header) {
    List<Table.Column> columns = new ArrayList<>();
    if (!ctx.tty()) {
      columns.add(Table.Column.fixed("ID"));
    }
    // On a narrow terminal columns go rather than shrink to ellipses: CATEGORY first, then ORG,
    // PARAMS, OPEN and RELEASED; NAME always shows.
    columns.add(Table.Column.flexible("NAME", 8));
    columns.add(Table.Column.flexible("ORG", 6).droppable(4));
    columns.add(Table.Column.fixed("CATEGORY").droppable(5));
    columns.add(Table.Column.fixed("RELEASED").droppable(1));
    columns.add(Table.Column.fixed("OPEN").droppable(2));
    columns.add(Table.Column.flexible("PARAMS", 7).droppable(3));
    Table table = new Table(columns);
    for (Model m : models) {
      List<Table.Cell> row = new ArrayList<>();
      if (!ctx.tty()) {
        row.add(Table.Cell.of(m.id()));
      }
      String name = ctx.tty() && m.nameZh() != null ? m.name() + " " + m.nameZh() : m.name();
      row.add(new Table.Cell(name, Style.BOLD));
      row.add(Table.Cell.of(catalog.orgOf(m).name()));
      row.add(Table.Cell.of(m.category().id()));
      row.add(released(m, ctx));
      row.add(openness(m.openness(), ctx));
      row.add(params(m.params(), ctx));
      table.row(row);
    }
    TablePrinter.print(out, ctx, table, header);
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
