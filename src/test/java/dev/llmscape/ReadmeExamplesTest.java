package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of the README and docs/*.md, checked rather than trusted: every self-contained
 * {@code llmscape} line of a shell block runs, and a {@code $ llmscape ...} transcript is the
 * command's whole output.
 */
class ReadmeExamplesTest {
  /** The README and the docs it points to. */
  private static List<Path> documents() throws IOException {
    List<Path> out = new ArrayList<>(List.of(Path.of("README.md")));
    try (var docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    return out;
  }

  /** The lines of the README's fenced blocks of one language. */
  private static List<List<String>> blocks(String language) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (Path document : documents()) {
      out.addAll(blocks(document, language));
    }
    return out;
  }

  private static List<List<String>> blocks(Path document, String language) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(document)) {
      if (current == null && line.equals("```" + language)) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        out.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return out;
  }

  /** Splits a command line as a POSIX shell would, for the quoting the README uses. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if (c == '#' && word == null) {
        break; // a comment
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** A line that runs alone: no pipe, redirection, other program, own file or interactive shell. */
  private static boolean selfContained(String line) {
    String code = line.replaceAll("\\s+#.*$", "");
    return code.startsWith("llmscape ")
        && !code.matches(".*[|<>$;&].*")
        && !code.contains("mine.json")
        && !code.contains(".json")
        && !code.contains(" shell")
        // catalog update, rollback and installed catalogs need the network or an installed one
        && !code.matches("llmscape catalog (update|rollback|verify|install).*")
        && !code.contains("installed")
        && !code.contains(" completion");
  }

  @Test
  void everySelfContainedExampleRuns() throws IOException {
    int ran = 0;
    for (List<String> block : blocks("sh")) {
      for (String line : block) {
        if (!selfContained(line)) {
          continue;
        }
        List<String> words = words(line);
        Cli.Result r = Cli.piped().run(words.subList(1, words.size()).toArray(new String[0]));
        assertEquals(0, r.exit(), line + "\n" + r.err());
        ran++;
      }
    }
    assertTrue(ran >= 20, "only " + ran + " examples found");
  }

  /**
   * A {@code $ llmscape ...} transcript is the command's whole output at an 80-column terminal
   * without colour (its message on stderr for an example of a mistake): a transcript checked only
   * by its first line kept an old catalog's chart under the new count. {@code -Dupdate} rewrites
   * the transcripts in place.
   */
  @Test
  void transcriptsAreTheCommandsOutput() throws IOException {
    int checked = 0;
    List<String> wrong = new ArrayList<>();
    for (Path document : documents()) {
      List<String> lines = Files.readAllLines(document);
      List<String> rewritten = new ArrayList<>();
      boolean changed = false;
      for (int i = 0; i < lines.size(); i++) {
        rewritten.add(lines.get(i));
        if (!lines.get(i).equals("```text")
            || i + 1 >= lines.size()
            || !lines.get(i + 1).startsWith("$ llmscape ")
            // The shell transcript is a session typed at a terminal, not one command's output.
            || lines.get(i + 1).equals("$ llmscape shell")) {
          continue;
        }
        String command = lines.get(i + 1);
        int close = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
        List<String> says = lines.subList(i + 2, close);
        List<String> prints = output(command);
        if (!says.equals(prints)) {
          wrong.add(document + ": " + command + "\n  says:   " + says + "\n  prints: " + prints);
          changed = true;
        }
        rewritten.add(command);
        rewritten.addAll(prints);
        i = close - 1;
        checked++;
      }
      if (changed && Golden.updating()) {
        Files.write(document, rewritten);
      }
    }
    assertTrue(checked >= 3, "only " + checked + " transcripts found");
    assertEquals(
        List.of(),
        wrong,
        "transcripts that no longer match their command (./mvnw test -Dupdate rewrites them)");
  }

  /** What a transcript's command shows, line by line, without trailing blanks. */
  private static List<String> output(String command) {
    List<String> words = words(command.substring(2));
    Cli.Result r =
        Cli.terminal(80)
            .env("NO_COLOR", "1")
            .run(words.subList(1, words.size()).toArray(new String[0]));
    String shown = r.exit() == 0 ? r.out() : r.err();
    List<String> lines = new ArrayList<>(shown.lines().map(String::stripTrailing).toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
