package dev.llmscape.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * picocli's messages for bad command lines, in llmscape's words: they name parser internals
 * ("positional parameter at index 0..*"), upper-case enum constants the user types in lower case,
 * and add an "Error:" that the "llmscape:" prefix already says. Anything not recognised passes
 * through unchanged.
 */
final class UsageMessages {
  private static final Pattern ENUM_VALUES =
      Pattern.compile("expected one of \\[([A-Z0-9_, ]+)\\] \\(case-insensitive\\)");
  private static final Pattern TOO_FEW =
      Pattern.compile(
          "positional parameter at index \\d+\\.\\.\\S* \\((\\S+)\\) requires at least (\\d+)"
              + " values, but only (\\d+) (?:was|were) specified: \\[(.*)\\]");
  private static final Pattern POSITIONAL =
      Pattern.compile("positional parameter at index \\d+ \\((\\S+)\\)");
  private static final Pattern TWO_OF_A_GROUP =
      Pattern.compile(
          "expected only one match but got \\[.*?\\]=\\{(\\S+)\\} and \\[.*?\\]=\\{(\\S+)\\}");

  private UsageMessages() {}

  static String readable(String message) {
    if (message == null) {
      return "";
    }
    String m = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    Matcher values = ENUM_VALUES.matcher(m);
    if (values.find()) {
      String list = values.group(1).toLowerCase(Locale.ROOT);
      m = m.substring(0, values.start()) + "expected one of " + list + m.substring(values.end());
    }
    Matcher few = TOO_FEW.matcher(m);
    if (few.matches()) {
      String given = few.group(4).isEmpty() ? "" : ": " + few.group(4);
      m = "at least " + few.group(2) + " " + few.group(1) + "s needed, got " + few.group(3) + given;
    }
    m = POSITIONAL.matcher(m).replaceAll("$1");
    Matcher group = TWO_OF_A_GROUP.matcher(m);
    if (group.matches()) {
      m =
          group.group(1).equals(group.group(2))
              ? group.group(1) + " is given twice"
              : group.group(1) + " and " + group.group(2) + " exclude each other";
    }
    return m;
  }
}
