package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs llmscape in a JVM of its own that logs every class it loads, for the tests that hold
 * start-up to loading only what the command needs (a class loaded once stays loaded in the test
 * JVM, so only a fresh process can tell).
 */
final class ClassLoadLog {
  private ClassLoadLog() {}

  /** The class-load log (with the command's output) of {@code llmscape ARGS}, which must exit 0. */
  static String of(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.llmscape.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("LLMSCAPE_CATALOG");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    return log;
  }
}
