package dev.llmscape.render;

import java.util.ArrayList;
import java.util.List;

/** Rows of styled cells under named columns, ready for {@link TablePrinter}. */
public final class Table {
  /**
   * @param shrinkable the column may be cut with an ellipsis to fit the terminal
   * @param minWidth how narrow a shrinkable column may get
   * @param rightAligned numbers line up on the right
   * @param dropRank 0 for a column that always shows; on a terminal too narrow for every column at
   *     its minimum, columns are left out highest rank first
   * @param spare on a terminal the column shows only when every column fits whole: it goes before
   *     any other column is cut or left out
   */
  public record Column(
      String header,
      boolean shrinkable,
      int minWidth,
      boolean rightAligned,
      int dropRank,
      boolean spare) {
    public static Column fixed(String header) {
      return new Column(header, false, 0, false, 0, false);
    }

    public static Column flexible(String header, int minWidth) {
      return new Column(header, true, minWidth, false, 0, false);
    }

    public static Column number(String header) {
      return new Column(header, false, 0, true, 0, false);
    }

    /** The same column, left out before columns of lower rank when space runs out. */
    public Column droppable(int rank) {
      return new Column(header, shrinkable, minWidth, rightAligned, rank, spare);
    }

    /** The same column, shown only where every column fits whole. */
    public Column asSpare() {
      return new Column(header, shrinkable, minWidth, rightAligned, dropRank, true);
    }
  }

  /** A cell's text (raw, sanitised when printed) and meaning. */
  public record Cell(String text, Style style) {
    public static Cell of(String text) {
      return new Cell(text, Style.PLAIN);
    }
  }

  private final List<Column> columns;
  private final List<List<Cell>> rows = new ArrayList<>();

  public Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  public Table row(List<Cell> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + columns.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<Cell>> rows() {
    return rows;
  }
}
