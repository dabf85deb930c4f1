package dev.llmscape.catalog;

/** Ids are slugs: lower-case letters and digits in runs joined by single hyphens. */
final class Slugs {
  private Slugs() {}

  /** {@code [a-z0-9]+(-[a-z0-9]+)*}, checked without compiling a regex for every id. */
  static boolean valid(String s) {
    if (s == null) {
      return false;
    }
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
      if (!ok) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
