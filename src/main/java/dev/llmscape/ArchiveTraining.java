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

  /**
   * The lines whose start-up matters most, each run by a direct route (DirectRoute): what the AOT
   * cache of JDK 24 and newer is trained on. That cache loads and links every class it holds when
   * the JVM starts, so a cache trained on every command (picocli, JLine, jq, the SVG writer) made
   * each of these pay for all of them: on JDK 25 {@code show llama-2} took 72 ms with it and 64 ms
   * with this one (4.5 instead of 23 MB; docs/performance.md). Word searches are left out: they key
   * every name with the JDK's normaliser, whose classes every other line would then load too. The
   * other commands load what the cache lacks from the jar and the JDK, as without a cache. JDK 17's
   * archive is mapped, not loaded, at start: it is trained on everything ({@link #RUNS}).
   */
  private static final List<List<String>> COMMON =
      List.of(
          List.of("list", "--org", "Meta"),
          List.of("list", "--limit", "5"),
          List.of("ls", "--since", "2024", "--min-size", "7B", "--no-header"),
          List.of("show", "llama-2"),
          List.of("show", "GPT-4"),
          List.of("filter", "org:Google", "size:>=100B"),
          List.of("filter", "org:Meta", "date:2023", "open:yes"),
          List.of("compare", "llama", "llama-2", "gpt-3"),
          List.of("lineage", "llama"),
          List.of("timeline", "org:Meta"),
          List.of("--version"));

  private ArchiveTraining() {}

  /** The commands the training runs, for a test that keeps it in step with the registry. */
  static java.util.Set<String> commands() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (List<String> run : RUNS) {
      names.add(run.get(0));
    }
    return names;
  }

  /** The lines the AOT cache is trained on, for a test that holds them to the direct route. */
  static List<List<String>> common() {
    return COMMON;
  }

  /** With the argument {@code common}, trains on {@link #COMMON} alone; else on every command. */
  public static void main(String[] args) throws IOException {
    // The process's own environment is built on every real run; its classes belong in the archive
    // too. Nothing is written to its streams.
    Environment.system();
    if (args.length > 0 && args[0].equals("common")) {
      // No help lines, so no cache directory: making one (a temporary directory's random name,
      // a walk to remove it) would put classes in the cache that no common line uses.
      train(COMMON, null);
      return;
    }
    // Help texts are kept in a cache directory of the training's own, which the last pass reads
    // from (HelpCache): both paths' classes belong in the archive. It goes when training ends.
    Path cache = Files.createTempDirectory("llmscape-training");
    try {
      train(RUNS, cache);
    } finally {
      try (Stream<Path> files = Files.walk(cache)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void train(List<List<String>> runs, Path cache) {
    for (boolean tty : new boolean[] {false, true, false}) {
      for (List<String> run : runs) {
        // A home without installed catalogs, as most users have: each run looks for them there,
        // and the classes of that look-up belong in the archive too.
        Map<String, String> variables = new java.util.HashMap<>();
        variables.put("LANG", "C.UTF-8");
        variables.put("HOME", "/nonexistent/llmscape-training");
        if (cache != null) {
          variables.put("XDG_CACHE_HOME", cache.toString());
        }
        Environment env =
            Environment.of(
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                Map.copyOf(variables),
                tty,
                tty ? 100 : 0);
        Main.run(env, run.toArray(new String[0]));
      }
    }
  }
}
