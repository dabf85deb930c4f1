package dev.llmscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help texts kept in the cache directory are what picocli renders, and only those. */
class HelpCacheTest {
  @TempDir Path dir;

  private record Run(Integer exit, String out, String err) {}

  private Run cached(Map<String, String> env, File build, boolean tty, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment =
        Environment.of(new PrintWriter(out), new PrintWriter(err), env, tty, tty ? 100 : 0);
    Integer exit = HelpCache.run(environment, e -> Main.runParsedByPicocli(e, args), build, args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run rendered(Map<String, String> env, boolean tty, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment =
        Environment.of(new PrintWriter(out), new PrintWriter(err), env, tty, tty ? 100 : 0);
    int exit = Main.runParsedByPicocli(environment, args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("LANG", "C.UTF-8");
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    return env;
  }

  private File build(String name) throws IOException {
    Path jar = dir.resolve(name);
    Files.writeString(jar, name);
    return jar.toFile();
  }

  private List<Path> kept() throws IOException {
    Path help = dir.resolve("cache/llmscape/help");
    if (!Files.exists(help)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(help)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void everyHelpLineIsPicoclisTextFirstRenderedThenKept() throws IOException {
    File build = build("llmscape.jar");
    for (boolean tty : new boolean[] {false, true}) {
      for (String[] line : HelpCache.lines()) {
        String at = String.join(" ", line) + (tty ? " (terminal)" : " (piped)");
        Run expected = rendered(env(), tty, line);
        assertEquals(0, expected.exit(), at);
        Run first = cached(env(), build, tty, line);
        Run second = cached(env(), build, tty, line);
        assertEquals(expected, first, at + ": rendered");
        assertEquals(expected, second, at + ": from the cache");
      }
    }
    // piped and at a 100-column terminal: one text per line and width
    assertEquals(HelpCache.lines().size() * 2, kept().size());
  }

  @Test
  void aKeptTextIsWhatIsPrinted() throws IOException {
    File build = build("llmscape.jar");
    cached(env(), build, false, "help", "list");
    Path file = kept().get(0);
    Files.writeString(file, "kept text\n");
    assertEquals(new Run(0, "kept text\n", ""), cached(env(), build, false, "help", "list"));
  }

  @Test
  void helpDoesNotDependOnTheCatalog() {
    Map<String, String> withFile = env();
    withFile.put(
        "LLMSCAPE_CATALOG",
        Path.of("src/test/resources/fixture").toAbsolutePath().toString()
            + File.separator
            + "catalog.json");
    for (String[] line : HelpCache.lines()) {
      assertEquals(
          rendered(env(), false, line), rendered(withFile, false, line), String.join(" ", line));
    }
  }

  @Test
  void anotherBuildStartsAfreshAndRemovesTheOldTexts() throws IOException {
    cached(env(), build("old.jar"), false, "help", "list");
    List<Path> before = kept();
    assertEquals(1, before.size());
    cached(env(), build("new.jar"), false, "help", "list");
    List<Path> after = kept();
    assertEquals(1, after.size());
    assertFalse(after.get(0).getParent().equals(before.get(0).getParent()));
  }

  @Test
  void otherLinesFailuresAndOptOutsAreNotKept() throws IOException {
    File build = build("llmscape.jar");
    assertNull(cached(env(), build, false, "list", "--org", "Meta").exit());
    assertNull(cached(env(), build, false, "help", "list", "--verbose").exit());
    assertNull(cached(env(), build, false, "help", "nosuch").exit());
    Map<String, String> optOut = env();
    optOut.put("LLMSCAPE_NO_CACHE", "1");
    assertNull(cached(optOut, build, false, "help", "list").exit());
    Map<String, String> noHome = new HashMap<>(Map.of("LANG", "C.UTF-8"));
    assertNull(cached(noHome, build, false, "help", "list").exit());
    assertNull(cached(env(), dir.toFile(), false, "help", "list").exit(), "classes directory");
    assertTrue(kept().isEmpty());
  }
}
