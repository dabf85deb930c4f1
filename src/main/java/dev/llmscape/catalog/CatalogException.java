package dev.llmscape.catalog;

/**
 * A catalog that cannot be used: unreadable, malformed or inconsistent. The message names the
 * source and, where known, the line and column.
 */
public class CatalogException extends RuntimeException {
  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  public CatalogException(String source, int line, int column, String problem, Throwable cause) {
    super(format(source, line, column, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public CatalogException(String source, int line, int column, String problem) {
    this(source, line, column, problem, null);
  }

  private static String format(String source, int line, int column, String problem) {
    String where = line > 0 ? source + ":" + line + ":" + column : source;
    return where + ": " + problem;
  }

  public String source() {
    return source;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }

  public SourcePosition position() {
    return new SourcePosition(source, line, column);
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }
}
