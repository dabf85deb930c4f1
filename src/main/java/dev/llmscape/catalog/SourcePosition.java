package dev.llmscape.catalog;

/**
 * Where something stands in a catalog file, for messages: 1-based line and column, 0 if unknown.
 */
public record SourcePosition(String source, int line, int column) {
  public static SourcePosition unknown(String source) {
    return new SourcePosition(source, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }
}
