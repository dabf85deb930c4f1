package dev.llmscape;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Programs some tests drive for real (zsh, fish, Graphviz's dot). On a developer's machine a
 * missing one skips those tests; in CI ({@code CI=true}, which .ci/run's installs satisfy) it fails
 * them, so a green CI run means the real tools were exercised.
 */
public final class Tools {
  private Tools() {}

  /** Whether a program is on the PATH. */
  public static boolean available(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** Skips the calling test without the program, or fails it when running in CI. */
  public static void require(String program) {
    if (available(program)) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(program + " is not installed; CI requires it (.ci/run installs it)");
    }
    assumeTrue(false, program + " is not installed");
  }
}
