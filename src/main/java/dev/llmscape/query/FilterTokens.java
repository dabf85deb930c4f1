package dev.llmscape.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a filter expression into terms at unquoted whitespace. Double quotes group text with
 * spaces and are removed; each character of a value keeps its offset in the query, so errors can
 * point at it.
 */
final class FilterTokens {
  private FilterTokens() {}

  /**
   * One term as typed.
   *
   * @param start offset of its first char in the query
   * @param end offset just after its last char
   * @param negated it starts with an unquoted '-'
   * @param qualifier the lower-case word before an unquoted ':', or null for a bare word
   * @param value the text after the qualifier (or the whole bare word), quotes removed
   * @param positions the query offset of each char of {@code value}
   * @param operator it is an unquoted OR
   */
  record Token(
      int start,
      int end,
      boolean negated,
      String qualifier,
      int qualifierStart,
      String value,
      int[] positions,
      boolean operator) {

    /** The query offset of char {@code i} of the value; the end of the term past the last one. */
    int at(int i) {
      return i < positions.length ? positions[i] : end;
    }

    /** The query offset where the value starts (after the colon for an empty value). */
    int valueStart() {
      return at(0);
    }
  }

  static List<Token> split(String query) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = query.length();
    while (i < n) {
      if (Character.isWhitespace(query.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean anyQuote = false;
      StringBuilder text = new StringBuilder();
      List<Integer> pos = new ArrayList<>();
      int colon = -1; // index in text of the first unquoted ':'
      boolean quoted = false;
      int quoteAt = -1;
      while (i < n && (quoted || !Character.isWhitespace(query.charAt(i)))) {
        char c = query.charAt(i);
        if (c == '"') {
          quoted = !quoted;
          anyQuote = true;
          quoteAt = i;
        } else {
          if (c == ':' && !quoted && colon < 0) {
            colon = text.length();
          }
          text.append(c);
          pos.add(i);
        }
        i++;
      }
      if (quoted) {
        throw new FilterParseException(
            "unterminated quote", query, quoteAt, 1, "close it: org:\"Google DeepMind\"");
      }
      out.add(token(query, start, i, text.toString(), pos, colon, anyQuote));
    }
    return out;
  }

  private static Token token(
      String query, int start, int end, String text, List<Integer> pos, int colon, boolean quotes) {
    int[] positions = new int[pos.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = pos.get(i);
    }
    if (!quotes && text.equals("OR")) {
      return new Token(start, end, false, null, start, text, positions, true);
    }
    int from = 0;
    boolean negated = text.startsWith("-") && positions[0] == start;
    if (negated) {
      from = 1;
    }
    String qualifier = null;
    int qualifierStart = start + from;
    if (colon > from && isWord(text.substring(from, colon))) {
      qualifier = text.substring(from, colon).toLowerCase(Locale.ROOT);
      qualifierStart = positions[from];
      from = colon + 1;
    }
    int[] valuePositions = Arrays.copyOfRange(positions, from, positions.length);
    return new Token(
        start,
        end,
        negated,
        qualifier,
        qualifierStart,
        text.substring(from),
        valuePositions,
        false);
  }

  /** A qualifier name: ASCII letters, then letters or underscores. */
  private static boolean isWord(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetter(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
