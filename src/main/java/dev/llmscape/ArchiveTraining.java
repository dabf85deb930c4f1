package dev.llmscape;

import dev.llmscape.cli.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run the launcher uses to create a class-data archive (AppCDS on JDK 17, an AOT cache
 * on JDK 24+): runs the usual commands in-process, output discarded, so the classes they load are
 * the ones archived. Not a user command.
 */
public final class ArchiveTraining {
  private static final List<List<String>> RUNS =
      List.of(
          List.of("list", "--org", "Meta"),
          List.of("list", "--org", "Meta", "--json"),
          List.of("list", "--open", "--since", "2024", "--min-size", "7B", "--sort", "size"),
          List.of("show", "llama-2"),
          List.of("show", "llama-2", "--json"),
          List.of("catalog"),
          List.of("filter", "org:Google", "size:>=100B", "-open:yes"),
          List.of("compare", "llama", "llama-2", "gpt-3"),
          List.of("lineage", "llama"),
          List.of("lineage", "llama", "--json"),
          List.of("stats", "--by", "year"),
          List.of("timeline", "org:Meta"),
          List.of("landscape", "org:Meta"),
          List.of("export", "-o", "csv", "org:Meta"),
          List.of("validate"),
          List.of("completion", "bash"),
          List.of("__complete", "models"),
          List.of("shell", "--help"),
          List.of("--help"),
          List.of("--version"),
          List.of("help", "list"),
          List.of("lsit"));

  private ArchiveTraining() {}

  /** The commands the training runs, for a test that keeps it in step with the registry. */
  static java.util.Set<String> commands() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (List<String> run : RUNS) {
      names.add(run.get(0));
    }
    return names;
  }

  public static void main(String[] args) throws IOException {
    // The process's own environment is built on every real run; its classes belong in the archive
    // too. Nothing is written to its streams.
    Environment.system();
    // Help texts are kept in a cache directory of the training's own, which the last pass reads
    // from (HelpCache): both paths' classes belong in the archive. It goes when training ends.
    Path cache = Files.createTempDirectory("llmscape-training");
    try {
      for (boolean tty : new boolean[] {false, true, false}) {
        for (List<String> run : RUNS) {
          Environment env =
              Environment.of(
                  new PrintWriter(Writer.nullWriter()),
                  new PrintWriter(Writer.nullWriter()),
                  // A home without installed catalogs, as most users have: each run looks for
                  // them there, and the classes of that look-up belong in the archive too.
                  Map.of(
                      "LANG",
                      "C.UTF-8",
                      "HOME",
                      "/nonexistent/llmscape-training",
                      "XDG_CACHE_HOME",
                      cache.toString()),
                  tty,
                  tty ? 100 : 0);
          Main.run(env, run.toArray(new String[0]));
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(cache)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
