package dev.llmscape.query;

import java.util.List;

/**
 * A filter expression that cannot be read: says what is wrong and where, so the command line can
 * echo the query with a caret under the bad part.
 */
public class FilterParseException extends RuntimeException {
  private final String query;
  private final int offset;
  private final int length;
  private final String hint;
  private final List<String> suggestions;

  public FilterParseException(String message, String query, int offset, int length, String hint) {
    this(message, query, offset, length, hint, List.of());
  }

  /**
   * @param offset where the bad part starts, in chars of {@code query}
   * @param length how many chars it covers
   * @param hint what is valid there (the known qualifiers, a value's syntax), or null
   * @param suggestions the valid words nearest to what was typed, or empty
   */
  public FilterParseException(
      String message, String query, int offset, int length, String hint, List<String> suggestions) {
    super(message);
    this.query = query;
    this.offset = Math.max(0, Math.min(offset, query.length()));
    this.length = Math.max(1, length);
    this.hint = hint;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The whole query as parsed. */
  public String query() {
    return query;
  }

  /** Where the bad part starts, in chars of {@link #query()}; may equal its length (at the end). */
  public int offset() {
    return offset;
  }

  /** How many chars the bad part covers (at least 1). */
  public int length() {
    return length;
  }

  /** What is valid at that point, or null. */
  public String hint() {
    return hint;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
