package dev.llmscape.cli.completion;

import dev.llmscape.cli.completion.CompletionModel.Command;
import dev.llmscape.cli.completion.CompletionModel.Option;
import dev.llmscape.cli.completion.CompletionModel.Positional;
import dev.llmscape.cli.completion.CompletionModel.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the bash, zsh and fish completion scripts: a template per shell holding the logic (walk
 * the words, find the command and what the cursor stands on) and tables generated from the {@link
 * CompletionModel} and the bundled catalog's names. What the tables say is worked out here, once;
 * how each shell spells them is one class per shell ({@link BashScript}, {@link ZshScript}, {@link
 * FishScript}), as cobra keeps one file per shell. The defaults below are the forms bash and zsh
 * share (case statements, arrays, POSIX quoting).
 */
public abstract sealed class CompletionScript permits BashScript, ZshScript, FishScript {
  /** The shells there is a script for. */
  public enum Shell {
    BASH("llmscape.bash"),
    ZSH("_llmscape"),
    FISH("llmscape.fish");

    private final String fileName;

    Shell(String fileName) {
      this.fileName = fileName;
    }

    /** The script's file name under completions/, as the shell expects to find it. */
    public String fileName() {
      return fileName;
    }
  }

  private final Command root;
  private final List<String> models;
  private final List<String> orgs;

  CompletionScript(Command root, List<String> models, List<String> orgs) {
    this.root = root;
    this.models = models;
    this.orgs = orgs;
  }

  /**
   * The script for a shell.
   *
   * @param catalogVersion named in the header, so a stale script shows
   */
  public static String generate(
      Shell shell, Command root, List<String> models, List<String> orgs, String catalogVersion) {
    CompletionScript script =
        switch (shell) {
          case BASH -> new BashScript(root, models, orgs);
          case ZSH -> new ZshScript(root, models, orgs);
          case FISH -> new FishScript(root, models, orgs);
        };
    return template(shell)
        .replace("@@CATALOG@@", catalogVersion)
        .replace("@@TABLES@@", script.tables())
        .replace("@@DATA@@", script.data())
        .replace("@@QUALIFIER_CASES@@", script.qualifierCases())
        .replace("@@QUALIFIERS@@", script.qualifiers());
  }

  private static String template(Shell shell) {
    String name = "/dev/llmscape/completion/" + shell.fileName();
    try (InputStream in = CompletionScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the tables: which word is a command, which option takes a value, what goes where

  private String tables() {
    Map<String, Command> paths = new LinkedHashMap<>();
    collect("", root, paths);
    StringBuilder sb = new StringBuilder();
    // word -> subcommand path
    Map<String, List<String>> subcommand = new LinkedHashMap<>();
    Map<String, List<String>> takesValue = new LinkedHashMap<>();
    for (Map.Entry<String, Command> e : paths.entrySet()) {
      String path = e.getKey();
      for (Command sub : e.getValue().subcommands()) {
        String subPath = child(path, sub.name());
        for (String name : sub.names()) {
          subcommand.computeIfAbsent(subPath, k -> new ArrayList<>()).add(path + " " + name);
        }
      }
      for (Option o : e.getValue().options()) {
        if (o.value() != null) {
          for (String name : o.names()) {
            takesValue
                .computeIfAbsent(kind(o.value()), k -> new ArrayList<>())
                .add(path + " " + name);
          }
        }
      }
    }
    sb.append(comment("The command path a word names under a command path."));
    sb.append(lookup("subcommand", "word", subcommand));
    sb.append(comment("The kind of value an option takes under a command path."));
    sb.append(lookup("takes_value", "option", takesValue));
    sb.append(comment("The kind of value of the positional parameter at an index."));
    sb.append(positionals(paths));
    sb.append(comment("The subcommands of a command path."));
    sb.append(listing("subcommands", paths, c -> describe(c.subcommands())));
    sb.append(comment("The options of a command path."));
    sb.append(listing("options", paths, c -> describeOptions(c.options())));
    return sb.toString();
  }

  private static void collect(String path, Command command, Map<String, Command> out) {
    out.put(path, command);
    for (Command sub : command.subcommands()) {
      collect(child(path, sub.name()), sub, out);
    }
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "/" + name;
  }

  /** A kind as the scripts name it: models, orgs, query, file, command, none or words:a b c. */
  static String kind(Values values) {
    return switch (values.kind()) {
      case WORDS -> "words:" + String.join(" ", values.words());
      default -> values.kind().name().toLowerCase(Locale.ROOT);
    };
  }

  private static List<String[]> describe(List<Command> commands) {
    List<String[]> out = new ArrayList<>();
    for (Command c : commands) {
      for (String name : c.names()) {
        out.add(new String[] {name, c.description()});
      }
    }
    return out;
  }

  private static List<String[]> describeOptions(List<Option> options) {
    List<String[]> out = new ArrayList<>();
    for (Option o : options) {
      for (String name : o.names()) {
        out.add(new String[] {name, o.description()});
      }
    }
    return out;
  }

  String comment(String text) {
    return "# " + text + "\n";
  }

  /** A function mapping "path word" to a value, failing for anything else. */
  String lookup(String function, String argument, Map<String, List<String>> cases) {
    StringBuilder sb = new StringBuilder();
    sb.append("_llmscape_").append(function).append("() {\n  case \"$1 $2\" in\n");
    cases.forEach(
        (value, keys) ->
            sb.append("    ")
                .append(String.join("|", keys.stream().map(this::quote).toList()))
                .append(") REPLY=")
                .append(quote(value))
                .append(" ;;\n"));
    sb.append("    *) return 1 ;;\n  esac\n}\n\n");
    return sb.toString();
  }

  /** A function giving the kind of value of the positional parameter at an index. */
  String positionals(Map<String, Command> paths) {
    StringBuilder sb = new StringBuilder();
    sb.append("_llmscape_positional() {\n  case \"$1\" in\n");
    for (Map.Entry<String, Command> e : paths.entrySet()) {
      List<Positional> positionals = e.getValue().positionals();
      if (positionals.isEmpty()) {
        continue;
      }
      sb.append("    " + quote(e.getKey()) + ")\n");
      for (Positional p : positionals) {
        sb.append("      if (( $2 >= ").append(p.from());
        if (p.to() != Integer.MAX_VALUE) {
          sb.append(" && $2 <= ").append(p.to());
        }
        sb.append(" )); then REPLY=").append(quote(kind(p.values()))).append("; return 0; fi\n");
      }
      sb.append("      ;;\n");
    }
    sb.append("  esac\n  return 1\n}\n\n");
    return sb.toString();
  }

  /**
   * A function listing words (with descriptions where the shell shows them) per command path.
   *
   * @param items a command's words, each as {name, description}
   */
  abstract String listing(
      String function, Map<String, Command> paths, Function<Command, List<String[]>> items);

  // ---- the catalog's names

  private String data() {
    return array("models", models) + array("orgs", orgs);
  }

  /** A global array of words. */
  String array(String name, List<String> values) {
    StringBuilder sb = new StringBuilder();
    sb.append("_llmscape_").append(name).append("=(\n");
    values.forEach(v -> sb.append("  ").append(quote(v)).append('\n'));
    sb.append(")\n\n");
    return sb.toString();
  }

  // ---- filter qualifiers

  /** The filter qualifiers, as the template lists them. */
  String qualifiers() {
    return String.join(
        " ", CatalogCandidates.QueryTerms.QUALIFIERS.stream().map(this::quote).toList());
  }

  private String qualifierCases() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Values> e : CompletionModel.qualifierValues().entrySet()) {
      sb.append(qualifierCase(e.getKey(), quote(kind(e.getValue()))));
    }
    return sb.toString().stripTrailing();
  }

  /** The template's case that offers a qualifier's values after its colon. */
  abstract String qualifierCase(String qualifier, String quotedKind);

  /** A single-quoted word for the shell: nothing in it is expanded. */
  String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
