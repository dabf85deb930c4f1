package dev.llmscape.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every subcommand, by name and aliases, in the order help lists them. Building picocli's model of
 * a command reflects over its class, options and mixins, which costs start-up time for each
 * command; so a run builds only the model of the command it invokes, and the whole tree only when
 * it needs all of it (help, usage errors, an unknown command, completion). Add new commands here,
 * not to {@link LlmscapeCommand}'s annotation.
 */
public final class CommandRegistry {
  /** One subcommand: its name, aliases and class. */
  public record Entry(String name, List<String> aliases, Class<?> type) {
    public Entry {
      aliases = List.copyOf(aliases);
    }

    boolean answersTo(String word) {
      return name.equals(word) || aliases.contains(word);
    }
  }

  /** The subcommands, in help order. Names and aliases must match each class's @Command. */
  public static final List<Entry> COMMANDS =
      List.of(
          new Entry("list", List.of("ls"), ListCommand.class),
          new Entry("filter", List.of("search"), FilterCommand.class),
          new Entry("show", List.of(), ShowCommand.class),
          new Entry("compare", List.of("diff"), CompareCommand.class),
          new Entry("lineage", List.of(), LineageCommand.class),
          new Entry("catalog", List.of("info"), CatalogInfoCommand.class),
          new Entry("stats", List.of(), StatsCommand.class),
          new Entry("timeline", List.of(), TimelineCommand.class),
          new Entry("landscape", List.of(), LandscapeCommand.class),
          new Entry("export", List.of(), ExportCommand.class),
          new Entry("shell", List.of(), ShellCommand.class),
          new Entry("completion", List.of(), CompletionCommand.class),
          new Entry("__complete", List.of(), CompleteCommand.class),
          new Entry("validate", List.of(), ValidateCommand.class),
          new Entry("help", List.of(), HelpCommand.class));

  /**
   * The commands a plain command line runs without picocli's model ({@link DirectRoute}): those
   * that read nothing of picocli's while they run (no {@code @Spec}, no parse result). A command
   * added here gets a route only if {@link DirectRouteSource} can describe it.
   */
  static final List<Class<?>> DIRECT =
      List.of(
          ListCommand.class,
          FilterCommand.class,
          ShowCommand.class,
          CompareCommand.class,
          LineageCommand.class,
          StatsCommand.class,
          TimelineCommand.class,
          LandscapeCommand.class,
          ExportCommand.class,
          ValidateCommand.class);

  /** Root options that take a value, so the word after them is not a command name. */
  private static final List<String> ROOT_OPTIONS_WITH_VALUE = List.of("--catalog", "--color");

  private CommandRegistry() {}

  /**
   * Commands that describe the others, so need every command's model: {@code help} (usage of any
   * command) and {@code completion} (its scripts list every command, option and value).
   */
  private static final List<Class<?>> DESCRIBE_THE_TREE =
      List.of(HelpCommand.class, CompletionCommand.class);

  /**
   * The commands a command line needs: only the invoked one when its first non-option word names a
   * command that does not describe the others, else all of them.
   */
  public static List<Entry> needed(String... args) {
    if (asksVersion(args)) {
      return List.of(); // the root answers --version alone
    }
    Entry invoked = invoked(args);
    if (invoked != null && invoked.type() == HelpCommand.class) {
      if (args.length >= 2 && HelpTopics.NAMES.contains(args[args.length - 1])) {
        return List.of(invoked); // a topic is help's own subcommand: 'help environment'
      }
      Entry described = helpFor(args);
      if (described != null) {
        return List.of(described, invoked); // 'help list' shows list's usage alone
      }
    }
    return invoked == null || DESCRIBE_THE_TREE.contains(invoked.type())
        ? COMMANDS
        : List.of(invoked);
  }

  /**
   * The command {@code help X} describes, when the line ends with {@code help} and one known
   * command other than help; else null ({@code help} alone lists every command, and an unknown word
   * gets "did you mean").
   */
  private static Entry helpFor(String... args) {
    if (args.length < 2 || !"help".equals(args[args.length - 2])) {
      return null;
    }
    Entry described = find(args[args.length - 1]);
    return described == null || described.type() == HelpCommand.class ? null : described;
  }

  /**
   * Whether the line is {@code --version} (or {@code -V}) with at most other root options, before
   * any command: picocli then prints the version and runs nothing, so no subcommand is needed.
   */
  static boolean asksVersion(String... args) {
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (ROOT_OPTIONS_WITH_VALUE.contains(a)) {
        if (++i == args.length) {
          return false; // a usage error, reported with the whole tree as any other
        }
      } else if (a.equals("--version") || a.equals("-V")) {
        version = true;
      } else if (!(a.equals("--verbose")
          || a.equals("--only")
          || a.equals("--json") // --version --json
          || hasRootValue(a))) {
        return false;
      }
    }
    return version;
  }

  /** The command the first non-option word names, or null (none, unknown, or an option). */
  static Entry invoked(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (ROOT_OPTIONS_WITH_VALUE.contains(a)) {
        i++;
        continue;
      }
      if (a.equals("--")) {
        return null;
      }
      if (a.startsWith("-")) {
        // --verbose, --catalog=FILE; anything else (--help, --version, a typo) needs the full tree.
        if (a.equals("--verbose") || a.equals("--only") || hasRootValue(a)) {
          continue;
        }
        return null;
      }
      return find(a);
    }
    return null;
  }

  private static boolean hasRootValue(String arg) {
    for (String option : ROOT_OPTIONS_WITH_VALUE) {
      if (arg.startsWith(option + "=")) {
        return true;
      }
    }
    return false;
  }

  private static Entry find(String word) {
    for (Entry e : COMMANDS) {
      if (e.answersTo(word)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Adds the given commands to a root command line, each built with the root's factory: from the
   * model generated at build time from their annotations ({@link CommandSpecSource}), or, with
   * {@code annotations}, by picocli from the annotations themselves (the reference the generated
   * models are tested against).
   */
  static void addTo(CommandLine root, List<Entry> entries, boolean annotations) {
    SpecBindings.Models models = annotations ? null : SpecBindings.generated();
    List<CommandLine> built = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      CommandSpec spec =
          models == null ? null : models.build(e.name(), root.getCommand(), root.getFactory());
      built.add(
          spec != null
              ? new CommandLine(spec, root.getFactory())
              : new CommandLine(e.type(), root.getFactory()));
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      root.addSubcommand(e.name(), built.get(i), e.aliases().toArray(new String[0]));
    }
  }
}
