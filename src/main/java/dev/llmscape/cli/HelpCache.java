package dev.llmscape.cli;

import dev.llmscape.catalog.UserDirs;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Help texts as rendered, kept in the user's cache directory: rendering a command's help is most of
 * what {@code help list} or {@code list --help} costs (picocli builds the command's model, lays out
 * every option and formats its headings), yet the text is the same on every call for one build of
 * llmscape, one width and colour or not. The first call renders it by picocli and keeps it; later
 * ones print it. As man-db keeps formatted pages.
 *
 * <p>A text is kept under the jar it came from (its path, size and time: any rebuild or upgrade
 * starts afresh, and removes the texts of other builds), and named by the command line, the width
 * ({@link HelpWidth}) and whether picocli colours it. Only the plain help lines are kept ({@code
 * help}, {@code --help}, {@code help COMMAND}, {@code help TOPIC}, {@code COMMAND --help}), only
 * when they succeed with nothing on stderr, never when llmscape runs from a classes directory (a
 * developer's build, whose classes change in place), and not at all with LLMSCAPE_NO_CACHE set or
 * without a cache directory (XDG_CACHE_HOME or HOME).
 */
public final class HelpCache {
  private HelpCache() {}

  /**
   * Prints the help this line asks for from the cache, or renders it by {@code picocli} and keeps
   * it; null when the line is not a help line this cache keeps.
   *
   * @param picocli runs a command line by picocli against an environment, returning its exit code
   */
  public static Integer run(
      Environment environment, Function<Environment, Integer> picocli, String... args) {
    return helpLine(args) ? run(environment, picocli, jar(), args) : null;
  }

  /**
   * The same, with the texts kept under {@code build}: the jar, or in tests any file standing for
   * one build.
   */
  static Integer run(
      Environment environment, Function<Environment, Integer> picocli, File build, String... args) {
    if (!helpLine(args)) {
      return null;
    }
    Path file = file(environment, build, args);
    if (file == null) {
      return null;
    }
    PrintWriter out = environment.out();
    try {
      if (Files.isRegularFile(file)) {
        out.print(Files.readString(file, StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
      }
    } catch (IOException | RuntimeException e) {
      return null; // unreadable: render it as if there were no cache
    }
    StringWriter text = new StringWriter();
    StringWriter errors = new StringWriter();
    Environment capturing =
        new Environment(
            new PrintWriter(text),
            new PrintWriter(errors),
            environment.env(),
            environment.stdoutTty(),
            environment.columns(),
            () -> null);
    int exit = picocli.apply(capturing);
    out.print(text);
    out.flush();
    environment.err().print(errors);
    environment.err().flush();
    if (exit == ExitCodes.OK && errors.getBuffer().length() == 0 && text.getBuffer().length() > 0) {
      keep(file, text.toString());
    }
    return exit;
  }

  /** The lines whose output is help alone, the same on every call of one build. */
  static boolean helpLine(String... args) {
    if (args.length == 1) {
      return args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h");
    }
    if (args.length != 2) {
      return false;
    }
    if (args[0].equals("help")) {
      return command(args[1]) || HelpTopics.NAMES.contains(args[1]);
    }
    return command(args[0]) && (args[1].equals("--help") || args[1].equals("-h"));
  }

  private static boolean command(String word) {
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      if (!e.name().startsWith("_") && e.type() != HelpCommand.class && e.answersTo(word)) {
        return true;
      }
    }
    return false;
  }

  /** Where this line's text is kept in this environment; null when it is not kept at all. */
  private static Path file(Environment environment, File jar, String[] args) {
    Map<String, String> env = environment.env();
    if (env.get("LLMSCAPE_NO_CACHE") != null) {
      return null;
    }
    Path base = UserDirs.llmscape(env.get("XDG_CACHE_HOME"), env.get("HOME"), ".cache");
    if (base == null || jar == null || !jar.isFile()) {
      return null;
    }
    String build =
        Integer.toHexString(jar.getAbsolutePath().hashCode())
            + "-"
            + jar.length()
            + "-"
            + jar.lastModified();
    boolean colour = CommandLine.Help.Ansi.AUTO.enabled();
    String name =
        String.join("_", args) + "-" + HelpWidth.of(environment) + (colour ? "-colour" : "");
    return base.resolve("help").resolve(build).resolve(name);
  }

  /** The jar llmscape runs from, or null when it runs from a directory of classes. */
  private static File jar() {
    try {
      var source = HelpCache.class.getProtectionDomain().getCodeSource();
      File file = source == null ? null : new File(source.getLocation().toURI());
      return file != null && file.isFile() ? file : null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * Keeps a text, written whole or not at all (two runs may write it at once); the texts of other
   * builds go. A cache that cannot be written is no error: the next call renders again.
   */
  private static void keep(Path file, String text) {
    try {
      Path dir = file.getParent();
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        removeOtherBuilds(dir);
      }
      Path tmp = Files.createTempFile(dir, ".help", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // not kept
    }
  }

  private static void removeOtherBuilds(Path dir) throws IOException {
    try (var builds = Files.list(dir.getParent())) {
      for (Path other : (Iterable<Path>) builds::iterator) {
        if (!other.equals(dir) && Files.isDirectory(other)) {
          try (var files = Files.list(other)) {
            for (Path f : files.toList()) {
              Files.deleteIfExists(f);
            }
          }
          Files.deleteIfExists(other);
        }
      }
    }
  }

  /** The lines kept, for tests: every command's help, every topic, and llmscape's own. */
  static List<String[]> lines() {
    List<String[]> all = new java.util.ArrayList<>();
    all.add(new String[] {"help"});
    all.add(new String[] {"--help"});
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      if (!e.name().startsWith("_") && e.type() != HelpCommand.class) {
        all.add(new String[] {"help", e.name()});
        all.add(new String[] {e.name(), "--help"});
      }
    }
    for (String topic : HelpTopics.NAMES) {
      all.add(new String[] {"help", topic});
    }
    return all;
  }
}
