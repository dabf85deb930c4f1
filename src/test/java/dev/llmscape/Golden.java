package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files the tests compare output with: golden files under src/test/resources/golden, the
 * bad-catalog corpus's expected reports, and the generated files that are committed (completion
 * scripts, man pages). A missing file fails.
 *
 * <p>One flag refreshes them all: {@code ./mvnw test -Dupdate} (add {@code -Dtest=...} for a few).
 * Update mode writes what differs and then still fails, with "rewrote N files, review git diff", so
 * a refresh is never mistaken for a passing run; a file that already matched is left alone and its
 * test passes. CI ends with {@code git diff --exit-code}, so a stale file cannot land either.
 */
public final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");
  private static final String HOW = "run ./mvnw test -Dupdate, then review git diff";

  private Golden() {}

  /** Whether this run rewrites the files ({@code -Dupdate} or {@code -Dupdate=true}). */
  public static boolean updating() {
    String value = System.getProperty("update");
    return value != null && !value.equals("false");
  }

  /** Compares with the golden file of this name under src/test/resources/golden. */
  public static void assertMatches(String name, String actual) {
    assertFile(DIR.resolve(name), actual);
  }

  /** Compares a file with what it must hold; in update mode rewrites it and fails. */
  public static void assertFile(Path file, String actual) {
    assertFiles(file.getParent(), Map.of(file.getFileName().toString(), actual), null);
  }

  /**
   * Compares the files of a directory with what it must hold, name by name; with a suffix, files of
   * the directory with that suffix that are not expected count as stale (in update mode, removed).
   */
  public static void assertFiles(Path dir, Map<String, String> expected, String suffix) {
    Map<String, String> present = new TreeMap<>();
    try {
      for (String name : expected.keySet()) {
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
          present.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      List<Path> extra = new ArrayList<>();
      if (suffix != null && Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files
              .filter(p -> p.getFileName().toString().endsWith(suffix))
              .filter(p -> !expected.containsKey(p.getFileName().toString()))
              .sorted()
              .forEach(extra::add);
        }
      }
      if (updating()) {
        List<String> rewritten = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(expected).entrySet()) {
          if (!e.getValue().equals(present.get(e.getKey()))) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(dir);
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            rewritten.add(file.toString());
          }
        }
        for (Path p : extra) {
          Files.delete(p);
          rewritten.add(p + " (removed)");
        }
        if (!rewritten.isEmpty()) {
          fail(
              "rewrote "
                  + rewritten.size()
                  + (rewritten.size() == 1 ? " file" : " files")
                  + ", review git diff: "
                  + String.join(", ", rewritten));
        }
        return;
      }
      for (Map.Entry<String, String> e : new TreeMap<>(expected).entrySet()) {
        Path file = dir.resolve(e.getKey());
        if (!present.containsKey(e.getKey())) {
          fail("no file " + file + " (" + HOW + ")");
        }
        assertEquals(present.get(e.getKey()), e.getValue(), file + " is stale (" + HOW + ")");
      }
      assertEquals(List.of(), extra, "files no longer generated (" + HOW + ")");
    } catch (IOException e) {
      throw new AssertionError("cannot use " + dir, e);
    }
  }
}
