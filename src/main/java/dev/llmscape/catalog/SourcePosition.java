package dev.llmscape.catalog;

/** Where something stands in a catalog file, for messages: 1-based line and column. */
public record SourcePosition(String source, int line, int column) {
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
