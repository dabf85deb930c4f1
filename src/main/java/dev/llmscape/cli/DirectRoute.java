package dev.llmscape.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * Runs a plain command line without building picocli's model of it. Building that model and
 * picocli's parser costs more start-up time than the command itself (docs/performance.md), and most
 * command lines are plain: a command's name, then its words and options written out in full ({@code
 * show llama-2}, {@code list --org Meta --limit 5}, {@code filter org:Google size:>=100B}). Such a
 * line is parsed here, by a table the build writes from the same annotated model picocli reads
 * ({@code GeneratedDirectRoutes}, by {@link CommandSpecSource}), into the same command objects,
 * which then run as picocli runs them: through the pager, with the same error reports and exit
 * codes.
 *
 * <p>Anything else is left to picocli, which parses it from scratch: help, root options, an option
 * that is unknown, abbreviated, joined to its value ({@code --org=Meta}, {@code -n5}) or given a
 * value that starts like an option, {@code --}, {@code @file}, an option picocli reads with code of
 * ours (a parameter consumer) or with a type this table does not convert, an option in a group, too
 * few or too many words, a value a converter refuses. DirectRouteTest holds the two routes to the
 * same output, error and exit code over generated command lines.
 */
public final class DirectRoute {
  /** An option that is a flag: given means true. */
  static final int FLAG = 0;

  /** An option with one value; given again, the last value wins (as configured for picocli). */
  static final int VALUE = 1;

  /** An option whose values add up, one per occurrence ({@code --org A --org B}). */
  static final int LIST = 2;

  /** An option only picocli parses: a line that gives it goes to picocli. */
  static final int DECLINE = 3;

  /** No conversion: the word itself. */
  static final int TEXT = 0;

  /** A decimal {@code int} written plainly (picocli reads the rest, 010 or +1, its own way). */
  static final int INTEGER = 1;

  /** The value given to the option's own converter. */
  static final int CONVERTED = 2;

  /**
   * One option, or a command's words. {@code owner} is the object (the command or one of its
   * mixins) whose field number {@code field} of the generated table holds the value.
   */
  record Arg(
      String[] names,
      int kind,
      int conversion,
      ITypeConverter<?> converter,
      Object owner,
      int field,
      boolean required) {}

  /**
   * A command's objects, freshly made and bound to the root, and its arguments: {@code words} is
   * its positional parameter (kind VALUE for one word, LIST for several), null when it takes none;
   * it takes at least {@code minWords} and at most {@code maxWords} words.
   */
  record Command(
      String name, Object command, Arg[] options, Arg words, int minWords, int maxWords) {}

  /** What the build writes: GeneratedDirectRoutes. */
  interface Table {
    /** The command {@code word} names with its objects made, or null if it has no direct route. */
    Command command(String word, LlmscapeCommand root);

    /** Sets field number {@code field} of {@code owner}. */
    void set(int field, Object owner, Object value);
  }

  private DirectRoute() {}

  /**
   * Runs the command line if it is plain, returning the exit code; null when picocli must run it.
   */
  public static Integer run(Environment environment, String... args) {
    if (args.length == 0 || !plainWords(args)) {
      return null;
    }
    LlmscapeCommand root = new LlmscapeCommand(environment);
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return version(root);
    }
    Table table = table();
    Command command = table == null ? null : table.command(args[0], root);
    if (command == null || !parse(table, command, args)) {
      return null;
    }
    return execute(root, command, args);
  }

  /** No word is empty or an @file (which picocli expands in any position). */
  private static boolean plainWords(String[] args) {
    for (String a : args) {
      if (a.isEmpty() || a.charAt(0) == '@') {
        return false;
      }
    }
    return true;
  }

  private static Table table() {
    try {
      return (Table)
          Class.forName(DirectRoute.class.getPackageName() + ".GeneratedDirectRoutes")
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null; // compiled without the build step (an IDE): picocli runs everything
    }
  }

  /** Parses the words after the command's name into its objects; false to leave it to picocli. */
  private static boolean parse(Table table, Command command, String[] args) {
    Arg[] options = command.options();
    Object[] values = new Object[options.length];
    List<String> words = new ArrayList<>();
    // picocli takes a parameter's least number of words together: compare A --json B is an error
    int batches = 0;
    boolean inWords = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.charAt(0) != '-') {
        words.add(a);
        batches += inWords ? 0 : 1;
        inWords = true;
        continue;
      }
      inWords = false;
      int o = find(options, a);
      if (o < 0 || options[o].kind() == DECLINE) {
        return false;
      }
      Arg option = options[o];
      if (option.kind() == FLAG) {
        values[o] = Boolean.TRUE;
        continue;
      }
      if (++i == args.length || args[i].charAt(0) == '-') {
        return false;
      }
      Object value = convert(option, args[i]);
      if (value == null) {
        return false;
      }
      if (option.kind() == VALUE) {
        values[o] = value;
      } else {
        @SuppressWarnings("unchecked")
        List<Object> list = values[o] == null ? new ArrayList<>() : (List<Object>) values[o];
        list.add(value);
        values[o] = list;
      }
    }
    if (words.size() < command.minWords()
        || words.size() > command.maxWords()
        || command.minWords() > 1 && batches > 1) {
      return false;
    }
    for (int o = 0; o < options.length; o++) {
      if (options[o].required() && values[o] == null) {
        return false;
      }
    }
    for (int o = 0; o < options.length; o++) {
      if (values[o] != null) {
        table.set(options[o].field(), options[o].owner(), values[o]);
      }
    }
    Arg positional = command.words();
    if (positional != null && !words.isEmpty()) {
      table.set(
          positional.field(),
          positional.owner(),
          positional.kind() == VALUE ? words.get(0) : words);
    }
    return true;
  }

  private static int find(Arg[] options, String name) {
    for (int o = 0; o < options.length; o++) {
      for (String n : options[o].names()) {
        if (n.equals(name)) {
          return o;
        }
      }
    }
    return -1;
  }

  /** The option's value, or null where picocli would read it differently or refuse it. */
  private static Object convert(Arg option, String value) {
    switch (option.conversion()) {
      case TEXT:
        return value;
      case INTEGER:
        return plainInt(value) ? Integer.valueOf(value) : null;
      default:
        try {
          return option.converter().convert(value);
        } catch (Exception e) {
          return null; // picocli reports it, in its words
        }
    }
  }

  private static boolean plainInt(String value) {
    if (value.length() > 9 || value.charAt(0) == '0' && value.length() > 1) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the parsed command as {@link CommandLines#executing} does: output through the pager
   * ({@link OutputRouting}), failures reported by {@link ErrorHandlers}.
   */
  private static int execute(LlmscapeCommand root, Command command, String[] args) {
    Environment environment = root.environment();
    try {
      Pager pager = Pager.start(environment, command.name(), false, false);
      if (pager == null) {
        return call(command.command());
      }
      var previous = root.captureOutput(pager.writer());
      try {
        return call(command.command());
      } finally {
        root.captureOutput(previous);
        pager.finish();
      }
    } catch (UsageError e) {
      return usage(environment, command.name(), e, args);
    } catch (Exception e) {
      return ErrorHandlers.Execution.handle(e, environment.err(), false);
    }
  }

  private static int call(Object command) throws Exception {
    if (command instanceof Callable<?> callable) {
      return callable.call() instanceof Integer code ? code : ExitCodes.OK;
    }
    ((Runnable) command).run();
    return ExitCodes.OK;
  }

  private static int version(LlmscapeCommand root) {
    Environment environment = root.environment();
    try {
      return VersionProvider.print(root, environment.out(), false);
    } catch (RuntimeException e) { // as picocli's route reports them (VersionProvider.print)
      return ErrorHandlers.Execution.handle(e, environment.err(), false);
    }
  }

  /**
   * A usage error, reported as picocli reports it: its model of the command line is built now, for
   * the report alone.
   */
  private static int usage(Environment environment, String name, UsageError e, String[] args) {
    CommandLine line =
        CommandLines.create(new LlmscapeCommand(environment), CommandRegistry.needed(args));
    return new ErrorHandlers.Usage()
        .handleParseException(e.on(line.getSubcommands().get(name)), args);
  }
}
