package dev.llmscape.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Long output on a terminal goes through a pager, as git and gh do: {@code LLMSCAPE_PAGER}, else
 * {@code PAGER}, else {@code less -FRX} (which quits at once when the output fits the screen).
 * Never when stdout is not a terminal, with {@code --no-pager}, in the shell, or when the variable
 * is empty or {@code cat}.
 */
final class Pager {
  /** Commands whose output is a screenful or more; shell, completion and __complete are not. */
  private static final Set<String> PAGED =
      Set.of(
          "list",
          "ls",
          "filter",
          "search",
          "show",
          "compare",
          "diff",
          "lineage",
          "catalog",
          "info",
          "stats",
          "timeline",
          "export",
          "validate");

  private final Process process;
  private final PrintWriter in;

  private Pager(Process process) {
    this.process = process;
    this.in =
        new PrintWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), false);
  }

  /** Where the command writes: the pager's input. */
  PrintWriter writer() {
    return in;
  }

  /** Ends the input and waits until the person leaves the pager. */
  void finish() {
    in.close();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** LESS and LV when the user did not set them (help environment lists them as the defaults). */
  static final String LESS_OPTIONS = "FRX";

  static final String LV_OPTIONS = "-c";

  /** A started pager for this run of {@code command}, or null when output goes straight out. */
  static Pager start(Environment environment, String command, boolean noPager, boolean inShell) {
    if (noPager || inShell || !environment.stdoutTty() || !PAGED.contains(command)) {
      return null;
    }
    String pager = command(environment);
    if (pager == null) {
      return null;
    }
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", pager);
    pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    // As git: unless the user set them, less quits if one screen, keeps colours, does not clear.
    pb.environment().put("LESS", or(environment.getenv("LESS"), LESS_OPTIONS));
    pb.environment().put("LV", or(environment.getenv("LV"), LV_OPTIONS));
    try {
      return new Pager(pb.start());
    } catch (IOException e) {
      return null; // no pager to be had: print as usual
    }
  }

  private static String or(String value, String otherwise) {
    return value != null ? value : otherwise;
  }

  /** The pager command line, or null for none. */
  static String command(Environment environment) {
    for (String name : new String[] {"LLMSCAPE_PAGER", "PAGER"}) {
      if (environment.env().containsKey(name)) {
        String value = environment.env().get(name).strip();
        return value.isEmpty() || value.equals("cat") ? null : value;
      }
    }
    return onPath("less", environment.getenv("PATH")) ? "less -FRX" : null;
  }

  private static boolean onPath(String program, String path) {
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
