package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code llmscape help environment} and {@code llmscape help formatting}. */
class HelpTopicsTest {
  /** Variables a shell sets for its own scripts: the completion scripts read them, users don't. */
  private static final Set<String> SHELL_OWN =
      Set.of("BASH_SOURCE", "PIPESTATUS", "PWD", "REPLY", "COMP_LINE", "COMP_WORDS", "PREFIX");

  /** A variable read in Java: by name from the environment, or from a list of names to try. */
  private static final Pattern JAVA_READ =
      Pattern.compile(
          "(?:getenv|\\benv(?:\\(\\))?\\.(?:get|containsKey)|variable)\\(\\s*\"([A-Z][A-Z0-9_]*)\"");

  /** Any upper-case literal with an underscore: in this code base, only variable names. */
  private static final Pattern JAVA_NAME = Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");

  private static final Pattern JAVA_NAME_LIST = Pattern.compile("new String\\[] \\{([^}]*)}");
  private static final Pattern SHELL_READ = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)");

  /**
   * The topic lists exactly the variables the code reads: a new getenv (or launcher ${VAR}) that
   * the topic does not list fails here, and so does a listed variable nothing reads any more.
   */
  @Test
  void environmentListsExactlyTheVariablesTheCodeReads() throws IOException {
    Cli.Result r = Cli.piped().run("help", "environment");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    Set<String> listed = new TreeSet<>();
    for (String line : r.out().split("\n")) {
      if (line.matches("  \\S.*")) {
        listed.addAll(List.of(line.strip().split(", ")));
      }
    }
    Set<String> read = variablesRead();
    Set<String> missing = new TreeSet<>(read);
    missing.removeAll(listed);
    assertEquals(Set.of(), missing, "read but not in 'help environment'");
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(read);
    assertEquals(Set.of(), stale, "in 'help environment' but read nowhere");
    // The scan finds what it should: one variable of each kind of read.
    assertTrue(
        read.containsAll(
            List.of("NO_COLOR", "PAGER", "LANG", "NO_PROXY", "JAVA_HOME", "LLMSCAPE_CATALOG")),
        read.toString());
  }

  /** Every variable read by the Java sources, the launchers and the completion scripts. */
  static Set<String> variablesRead() throws IOException {
    Set<String> read = new TreeSet<>();
    List<Path> java;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      java = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path file : java) {
      String text = Files.readString(file);
      if (file.endsWith("ArchiveTraining.java")) {
        continue; // sets LANG for its own in-process runs; reads nothing
      }
      collect(JAVA_READ, text, read);
      collect(JAVA_NAME, text, read);
      if (text.contains("getenv(") || text.contains("env().get")) {
        Matcher lists = JAVA_NAME_LIST.matcher(text);
        while (lists.find()) {
          collect(Pattern.compile("\"([A-Z][A-Z0-9_]*)\""), lists.group(1), read);
        }
      }
    }
    List<Path> scripts = new ArrayList<>(List.of(Path.of("llmscape")));
    try (Stream<Path> files = Files.list(Path.of("release"))) {
      files
          .filter(p -> p.getFileName().toString().matches("llmscape-launcher|make-archive"))
          .forEach(scripts::add);
    }
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/dev/llmscape/completion"))) {
      files.forEach(scripts::add);
    }
    for (Path script : scripts) {
      Set<String> found = new TreeSet<>();
      collect(SHELL_READ, Files.readString(script), found);
      found.removeAll(SHELL_OWN);
      read.addAll(found);
    }
    return read;
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  @Test
  void environmentSaysWhatEachDoesAndItsDefault() {
    String out = Cli.piped().run("help", "environment").out();
    assertTrue(out.contains("  LLMSCAPE_CATALOG\n      Catalog files to lay over"), out);
    assertTrue(out.contains("Default: less -FRX, if less is on PATH"), out);
    assertTrue(out.contains("Default: 30 seconds"), out);
    assertTrue(out.contains("Default:\n      https://github.com/llmscape/llmscape/releases/"), out);
  }

  @Test
  void formattingCoversOutputColourWidthAndValues() {
    Cli.Result r = Cli.piped().run("help", "formatting");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    for (String expected :
        List.of(
            "Tab-separated",
            "-o, --output FORMAT",
            "--json",
            "--fields FIELD,...",
            "--jq EXPR",
            "--color WHEN",
            "NO_COLOR",
            "CLICOLOR_FORCE",
            "55 to 120 columns",
            "350M, 7B, 1.5T",
            "7B/13B",
            "2022-01..2023-06",
            "size:unknown",
            "pager")) {
      assertTrue(r.out().contains(expected), expected + " in:\n" + r.out());
    }
  }

  /** A topic is laid out for the terminal's width, as help is; piped, for 80 columns. */
  @Test
  void topicsFollowTheTerminalsWidth() {
    for (String topic : List.of("environment", "formatting")) {
      String piped = Cli.piped().run("help", topic).out();
      assertEquals(piped, Cli.terminal(80).run("help", topic).out());
      assertTrue(longest(piped) <= 80 && longest(piped) > 70, topic + ": " + longest(piped));
      String narrow = Cli.terminal(60).run("help", topic).out();
      assertTrue(longest(narrow) <= 60, narrow);
      String wide = Cli.terminal(200).run("help", topic).out();
      assertTrue(longest(wide) > 100 && longest(wide) <= 120, wide);
      // The same words, only wrapped differently.
      assertEquals(words(piped), words(wide));
    }
  }

  private static int longest(String text) {
    return text.lines().mapToInt(String::length).max().orElse(0);
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }

  @Test
  void anUnknownTopicIsAUsageErrorWithASuggestion() {
    Cli.Result r = Cli.piped().run("help", "enviroment");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "llmscape: 'enviroment' is not a command or a help topic; did you mean"
                    + " environment?\n"),
        r.err());
    Cli.Result command = Cli.piped().run("help", "lst");
    assertEquals(2, command.exit());
    assertTrue(command.err().contains("did you mean ls, list?"), command.err());
  }

  /** The topics are help's subcommands: listed in its help, and in the completion scripts. */
  @Test
  void helpListsItsTopics() {
    String help = Cli.piped().run("help", "help").out();
    assertTrue(help.startsWith("Usage: llmscape help [-h] [COMMAND | TOPIC]\n"), help);
    assertTrue(help.contains("\n  environment  The environment variables llmscape reads"), help);
    assertTrue(help.contains("\n  formatting   How output is formatted"), help);
    String root = Cli.piped().run("--help").out();
    assertTrue(root.contains("  llmscape help environment  the environment variables"), root);
    assertEquals(
        Cli.piped().run("help", "environment").out(),
        Cli.piped().run("help", "environment", "--help").out());
  }
}
