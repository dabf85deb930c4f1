package dev.llmscape;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs llmscape in-process with captured streams, as a terminal or as a pipe. */
public final class Cli {
  /** What one run gave. */
  public record Result(int exit, String out, String err) {}

  private final boolean tty;
  private final int width;
  private final Map<String, String> env = new HashMap<>();

  private Cli(boolean tty, int width) {
    this.tty = tty;
    this.width = width;
    env.put("LANG", "C.UTF-8");
  }

  /** Output to a pipe. */
  public static Cli piped() {
    return new Cli(false, 0);
  }

  /** Output to a terminal of this width (colour on unless NO_COLOR or --color=never). */
  public static Cli terminal(int width) {
    return new Cli(true, width);
  }

  public Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs against the small fixture catalog in src/test/resources/fixture alone. */
  public Result fixture(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--only";
    all[1] = "--catalog";
    all[2] = fixturePath().toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return run(all);
  }

  /** Runs against the bundled catalog (or whatever the arguments say). */
  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment =
        Environment.of(new PrintWriter(out), new PrintWriter(err), Map.copyOf(env), tty, width);
    int exit = Main.run(environment, args);
    return new Result(exit, out.toString(), err.toString());
  }

  /**
   * Parses a command line exactly as {@link #run} does and returns the command it would run,
   * without running it (gh's {@code runF}); a usage error fails with what llmscape printed.
   */
  public <T> T parse(Class<T> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment =
        Environment.of(new PrintWriter(out), new PrintWriter(err), Map.copyOf(env), tty, width);
    List<Object> parsed = new ArrayList<>();
    int exit =
        Main.run(
            environment,
            result -> {
              List<CommandLine> commands = result.asCommandLineList();
              parsed.add(commands.get(commands.size() - 1).getCommand());
              return 0;
            },
            args);
    if (exit != 0 || parsed.isEmpty()) {
      throw new AssertionError("no command parsed (exit " + exit + "): " + out + err);
    }
    return command.cast(parsed.get(0));
  }

  /** A catalog file read as {@code --only --catalog FILE} reads it. */
  public static Catalog catalog(Path file) {
    return CatalogLoader.layered(List.of(file), null, null).catalog();
  }

  public static Path fixturePath() {
    return resource("/fixture/catalog.json");
  }

  public static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }
}
