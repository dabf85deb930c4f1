package dev.llmscape.catalog;

import java.util.regex.Pattern;

/** Ids are slugs: lower-case letters and digits in runs joined by single hyphens. */
final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  static boolean valid(String id) {
    return id != null && SLUG.matcher(id).matches();
  }
}
