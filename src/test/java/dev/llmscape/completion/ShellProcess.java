package dev.llmscape.completion;

import dev.llmscape.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real shell on a driver script and collects the candidates it prints per line. */
final class ShellProcess {
  private ShellProcess() {}

  /**
   * A directory holding an {@code llmscape} command that runs this build in a new JVM, for the
   * scripts' live calls ({@code llmscape __complete}).
   */
  static Path launcherDir() throws IOException {
    Path dir = Files.createTempDirectory("llmscape-bin");
    Path launcher = dir.resolve("llmscape");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' dev.llmscape.Main \"$@\"\n");
    launcher.toFile().setExecutable(true);
    return dir;
  }

  /**
   * Runs {@code shell driver target lines...} and returns the candidates per line.
   *
   * @param env added to the environment (PATH is prefixed with the launcher directory)
   */
  static Map<String, List<String>> complete(
      String shell, String driver, Path target, Map<String, String> env, String... lines)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(shell, Cli.resource(driver).toString()));
    command.add(target.toString());
    command.addAll(List.of(lines));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PATH", launcherDir() + ":" + System.getenv("PATH"));
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("LLMSCAPE_CATALOG");
    pb.environment().putAll(env);
    Path err = Files.createTempFile("shell", ".err");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(shell + " did not finish; output so far:\n" + out);
    }
    String errors = Files.readString(err);
    if (p.exitValue() != 0 || !errors.isBlank() || out.contains("ERROR: ")) {
      throw new AssertionError(
          shell + " exited " + p.exitValue() + "\nstderr:\n" + errors + "\nstdout:\n" + out);
    }
    Map<String, List<String>> byLine = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : out.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        current = new ArrayList<>();
        byLine.put(line.substring(4), current);
      } else if (current != null && !line.isEmpty()) {
        current.add(line);
      }
    }
    for (String line : lines) {
      if (!byLine.containsKey(line)) {
        throw new AssertionError(shell + " gave nothing for '" + line + "':\n" + out);
      }
    }
    return byLine;
  }
}
