package dev.llmscape.cli.completion;

import dev.llmscape.model.Access;
import dev.llmscape.model.Architecture;
import dev.llmscape.model.Category;
import dev.llmscape.model.Modality;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What completion needs to know of the command line, read from picocli's model: commands with their
 * aliases, options, positional parameters and the kind of value each takes. The completion scripts,
 * {@code __complete} and the interactive shell all work from this one model, so a new command
 * completes without further work.
 */
public final class CompletionModel {
  private CompletionModel() {}

  /** What a value may be. */
  public enum Kind {
    /** Anything: nothing to offer. */
    NONE,
    /** One of {@link Values#words()}. */
    WORDS,
    /** A model name, alias or id from the catalog. */
    MODELS,
    /** An org or family name from the catalog. */
    ORGS,
    /** A filter term: qualifiers, and values after {@code org:}, {@code base:}, ... */
    QUERY,
    /** A file. */
    FILE,
    /** The name of a top-level command (as {@code help} takes). */
    COMMAND
  }

  /** The kind of a value and, for {@link Kind#WORDS}, the words. */
  public record Values(Kind kind, List<String> words) {
    public Values {
      words = List.copyOf(words);
    }

    static Values of(Kind kind) {
      return new Values(kind, List.of());
    }
  }

  /** An option: its names, the first line of its description, and its value (null for a flag). */
  public record Option(List<String> names, String description, Values value) {}

  /** Positional parameters at indexes {@code from..to} (inclusive) take these values. */
  public record Positional(int from, int to, Values values) {}

  /** A command: its name, aliases, description, options, positionals and subcommands. */
  public record Command(
      String name,
      List<String> aliases,
      String description,
      List<Option> options,
      List<Positional> positionals,
      List<Command> subcommands) {

    /** The command's name and aliases. */
    public List<String> names() {
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(aliases);
      return all;
    }

    /** The subcommand one of whose names is {@code word}, or null. */
    public Command subcommand(String word) {
      for (Command c : subcommands) {
        if (c.names().contains(word)) {
          return c;
        }
      }
      return null;
    }

    /** The option one of whose names is {@code word}, or null. */
    public Option option(String word) {
      for (Option o : options) {
        if (o.names().contains(word)) {
          return o;
        }
      }
      return null;
    }

    /** The values the positional parameter at {@code index} takes, or null when there is none. */
    public Values positional(int index) {
      for (Positional p : positionals) {
        if (index >= p.from() && index <= p.to()) {
          return p.values();
        }
      }
      return null;
    }
  }

  /**
   * The values a filter qualifier takes after its colon, for the qualifiers that have a closed or
   * catalog-backed set; the other qualifiers ({@code size:}, {@code date:}, ...) take free text.
   */
  public static Map<String, Values> qualifierValues() {
    Map<String, Values> out = new java.util.LinkedHashMap<>();
    out.put("org", Values.of(Kind.ORGS));
    out.put("base", Values.of(Kind.MODELS));
    out.put("from", Values.of(Kind.MODELS));
    out.put("open", new Values(Kind.WORDS, List.of("yes", "no", "unknown")));
    List<String> categories = Arrays.stream(Category.values()).map(Category::id).toList();
    out.put("category", new Values(Kind.WORDS, categories));
    List<String> access = new ArrayList<>();
    Arrays.stream(Access.values()).map(Access::id).forEach(access::add);
    access.add("unknown");
    out.put("access", new Values(Kind.WORDS, access));
    out.put("commercial", new Values(Kind.WORDS, List.of("yes", "no")));
    List<String> arch = new ArrayList<>();
    Arrays.stream(Architecture.values()).map(Architecture::id).forEach(arch::add);
    arch.add("unknown");
    out.put("arch", new Values(Kind.WORDS, arch));
    List<String> modalities = new ArrayList<>();
    Arrays.stream(Modality.values()).map(Modality::id).forEach(modalities::add);
    modalities.add("unknown");
    for (String side : List.of("input", "output", "modality")) {
      out.put(side, new Values(Kind.WORDS, modalities));
    }
    return out;
  }

  /** The model of a command line and its visible subcommands. */
  public static Command of(CommandLine commandLine) {
    return command(commandLine.getCommandSpec(), commandLine.getCommandName());
  }

  private static Command command(CommandSpec spec, String name) {
    List<Option> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        Values value = o.arity().min() >= 1 ? values(o) : null;
        options.add(new Option(List.of(o.names()), firstLine(o.description()), value));
      }
    }
    List<Positional> positionals = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        CommandLine.Range index = p.index();
        int to =
            index.isUnspecified() || index.max() == Integer.MAX_VALUE
                ? Integer.MAX_VALUE
                : index.max();
        positionals.add(new Positional(index.min(), to, values(p)));
      }
    }
    List<Command> subcommands = new ArrayList<>();
    Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
    for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
      CommandLine sub = e.getValue();
      if (seen.put(sub, Boolean.TRUE) == null && !sub.getCommandSpec().usageMessage().hidden()) {
        subcommands.add(command(sub.getCommandSpec(), sub.getCommandName()));
      }
    }
    return new Command(
        name,
        List.of(spec.aliases()),
        firstLine(
            spec.usageMessage().header().length > 0
                ? spec.usageMessage().header()
                : spec.usageMessage().description()),
        options,
        positionals,
        subcommands);
  }

  /**
   * The values an option or positional takes: from its completion candidates (a marker class for
   * catalog values, else the fixed words), else from its type, else by its label's convention (NAME
   * or MODEL: a model; ORG; QUERY; FILE; COMMAND).
   */
  static Values values(ArgSpec arg) {
    Iterable<String> candidates = arg.completionCandidates();
    if (candidates instanceof CatalogCandidates.ModelNames) {
      return Values.of(Kind.MODELS);
    }
    if (candidates instanceof CatalogCandidates.OrgNames) {
      return Values.of(Kind.ORGS);
    }
    if (candidates instanceof CatalogCandidates.QueryTerms) {
      return Values.of(Kind.QUERY);
    }
    if (candidates != null) {
      // Enum values are accepted in any case (Main allows it); offer them as users type them.
      boolean fromEnum = arg.type().isEnum() || arg.auxiliaryTypes()[0].isEnum();
      List<String> words = new ArrayList<>();
      candidates.forEach(w -> words.add(fromEnum ? w.toLowerCase(Locale.ROOT) : w));
      return new Values(Kind.WORDS, words);
    }
    Class<?> type = arg.type();
    if (Path.class.isAssignableFrom(type) || java.io.File.class.isAssignableFrom(type)) {
      return Values.of(Kind.FILE);
    }
    String label = arg.paramLabel().replaceAll("[<>.\\[\\]]", "").toUpperCase(Locale.ROOT);
    return switch (label) {
      case "NAME", "MODEL", "NAMES", "MODELS" -> Values.of(Kind.MODELS);
      case "ORG", "ORGS" -> Values.of(Kind.ORGS);
      case "QUERY" -> Values.of(Kind.QUERY);
      case "FILE" -> Values.of(Kind.FILE);
      case "COMMAND" -> Values.of(Kind.COMMAND);
      default -> Values.of(Kind.NONE);
    };
  }

  private static String firstLine(String[] description) {
    if (description == null || description.length == 0) {
      return "";
    }
    String line = description[0].replace("%n", " ").strip();
    int stop = line.indexOf(". ");
    if (stop > 0) {
      line = line.substring(0, stop + 1);
    }
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
