package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A catalog whose every string carries terminal escape sequences (OSC title, screen clear, C1 CSI,
 * bidi override, lone surrogate, line separator, tab, CR) prints harmlessly from every command, on
 * a terminal (with and without colour) and piped: the only escape sequences that reach stdout or
 * stderr are llmscape's own SGR styles.
 */
class HostileCatalogTest {
  private static final Pattern OWN_STYLES = Pattern.compile("\u001b\\[[0-9;]*m");

  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("list"),
          List.of("list", "--json"),
          List.of("show", "evil-base"),
          List.of("show", "evil-chat"),
          List.of("show", "evil-base", "--json"),
          List.of("show", "no-such-model"),
          List.of("catalog"),
          List.of("catalog", "--json"),
          List.of("validate", "--json"),
          List.of("validate"),
          List.of("--verbose", "list"),
          List.of("landscape"),
          List.of("lineage", "evil-base", "-o", "svg"),
          List.of("export", "-o", "html"));

  @TestFactory
  Stream<DynamicTest> everyCommandPrintsHostileTextHarmlessly() {
    String file = Cli.resource("/hostile/catalog.json").toString();
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      List<String> args = new ArrayList<>(List.of("--only", "--catalog", file));
      args.addAll(command);
      for (String mode : List.of("tty", "tty-plain", "piped")) {
        tests.add(
            DynamicTest.dynamicTest(
                String.join(" ", command) + " (" + mode + ")",
                () -> {
                  Cli cli =
                      switch (mode) {
                        case "tty" -> Cli.terminal(60);
                        case "tty-plain" -> Cli.terminal(60).env("NO_COLOR", "1");
                        default -> Cli.piped();
                      };
                  Cli.Result r = cli.run(args.toArray(String[]::new));
                  assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
                  assertFalse(r.err().contains("internal error"), r.err());
                  assertHarmless(r.out(), !mode.equals("tty"), mode.equals("piped"));
                  assertHarmless(r.err(), true, false);
                }));
      }
    }
    return tests.stream();
  }

  private static void assertHarmless(String text, boolean noStyles, boolean tabsAllowed) {
    if (noStyles) {
      assertFalse(text.contains("\u001b"), "no escape at all: " + text);
    }
    String rest = OWN_STYLES.matcher(text).replaceAll("");
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      boolean allowed = c == '\n' || (c == '\t' && tabsAllowed);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      boolean separator = c == 0x2028 || c == 0x2029;
      boolean loneSurrogate =
          Character.isHighSurrogate(c)
              ? i + 1 >= rest.length() || !Character.isLowSurrogate(rest.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(rest.charAt(i - 1)));
      assertFalse(
          (control && !allowed) || bidi || separator || loneSurrogate,
          "U+" + Integer.toHexString(c) + " at " + i + " in:\n" + text);
    }
  }

  @TestFactory
  Stream<DynamicTest> theNameIsStillReadable() {
    String file = Cli.resource("/hostile/catalog.json").toString();
    return Stream.of(
        DynamicTest.dynamicTest(
            "show",
            () -> {
              Cli.Result r = Cli.piped().run("--only", "--catalog", file, "show", "evil-base");
              assertEquals(0, r.exit(), r.err());
              assertTrue(
                  r.out().startsWith("Base␛]0;owned␇␛[2J\ufffd31m\ufffd\ufffd\ufffd␉␍Model"),
                  r.out());
            }),
        DynamicTest.dynamicTest(
            "json",
            () -> {
              Cli.Result r =
                  Cli.piped().run("--only", "--catalog", file, "show", "evil-base", "--json");
              assertTrue(
                  r.out().contains("Base\\u001B]0;owned\\u0007\\u001B[2J\\u009b31m\\u202e"),
                  r.out());
            }));
  }
}
