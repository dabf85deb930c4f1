package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows one-way: cli -> render, query -> catalog -> model. */
class ArchitectureTest {
  private static final Path SRC = Path.of("src", "main", "java", "dev", "llmscape");
  private static final Pattern REF = Pattern.compile("dev\\.llmscape\\.(\\w+)\\.");

  /** Which of our packages each package may use. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "model", Set.of(),
          "catalog", Set.of("model"),
          "query", Set.of("catalog", "model"),
          "render", Set.of("query", "catalog", "model"),
          "cli", Set.of("render", "query", "catalog", "model"));

  /** Libraries that belong to one layer only. */
  private static final Map<String, List<String>> FORBIDDEN_IMPORTS =
      Map.of(
          "model", List.of("picocli", "com.fasterxml", "org.jline"),
          "catalog", List.of("picocli", "org.jline"),
          "query", List.of("picocli", "org.jline", "com.fasterxml", "java.io.PrintWriter"),
          "render", List.of("picocli"));

  @Test
  void packageDependenciesPointOneWay() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Set<String>> rule : ALLOWED.entrySet()) {
      String pkg = rule.getKey();
      try (Stream<Path> files = Files.walk(SRC.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file);
          Matcher m = REF.matcher(text);
          while (m.find()) {
            String used = m.group(1);
            if (!used.equals(pkg) && !rule.getValue().contains(used) && ALLOWED.containsKey(used)) {
              violations.add(file + " uses " + used);
            }
          }
          for (String lib : FORBIDDEN_IMPORTS.getOrDefault(pkg, List.of())) {
            if (text.contains("import " + lib)) {
              violations.add(file + " imports " + lib);
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  /**
   * jackson-databind is on the run-time class path only for the CSV module's exception classes; the
   * tool itself streams (start-up cost), so no source may use data binding.
   */
  @Test
  void noDataBindingAtRunTime() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SRC)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        if (text.contains("com.fasterxml.jackson.databind") || text.contains("CsvMapper")) {
          violations.add(file.toString());
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
