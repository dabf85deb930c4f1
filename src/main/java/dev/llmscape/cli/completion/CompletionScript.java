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
 * CompletionModel} and the bundled catalog's names.
 */
public final class CompletionScript {
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

  private final Shell shell;
  private final Command root;
  private final List<String> models;
  private final List<String> orgs;

  private CompletionScript(Shell shell, Command root, List<String> models, List<String> orgs) {
    this.shell = shell;
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
    CompletionScript script = new CompletionScript(shell, root, models, orgs);
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
  private static String kind(Values values) {
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

  private String comment(String text) {
    return "# " + text + "\n";
  }

  /** A function mapping "path word" to a value, failing for anything else. */
  private String lookup(String function, String argument, Map<String, List<String>> cases) {
    StringBuilder sb = new StringBuilder();
    if (shell == Shell.FISH) {
      sb.append("function __llmscape_")
          .append(function)
          .append(" --argument-names cmdpath ")
          .append(argument)
          .append("\n    switch \"$cmdpath $")
          .append(argument)
          .append("\"\n");
      cases.forEach(
          (value, keys) -> {
            sb.append("        case");
            keys.forEach(k -> sb.append(' ').append(quote(k)));
            sb.append("\n            echo ").append(quote(value)).append('\n');
          });
      sb.append("        case '*'\n            return 1\n    end\nend\n\n");
    } else {
      sb.append("_llmscape_").append(function).append("() {\n  case \"$1 $2\" in\n");
      cases.forEach(
          (value, keys) ->
              sb.append("    ")
                  .append(String.join("|", keys.stream().map(this::quote).toList()))
                  .append(") REPLY=")
                  .append(quote(value))
                  .append(" ;;\n"));
      sb.append("    *) return 1 ;;\n  esac\n}\n\n");
    }
    return sb.toString();
  }

  private String positionals(Map<String, Command> paths) {
    StringBuilder sb = new StringBuilder();
    boolean fish = shell == Shell.FISH;
    sb.append(
        fish
            ? "function __llmscape_positional --argument-names cmdpath index\n"
                + "    switch \"$cmdpath\"\n"
            : "_llmscape_positional() {\n  case \"$1\" in\n");
    for (Map.Entry<String, Command> e : paths.entrySet()) {
      List<Positional> positionals = e.getValue().positionals();
      if (positionals.isEmpty()) {
        continue;
      }
      sb.append(
          fish ? "        case " + quote(e.getKey()) + "\n" : "    " + quote(e.getKey()) + ")\n");
      for (Positional p : positionals) {
        String kind = quote(kind(p.values()));
        if (fish) {
          sb.append("            if test $index -ge ").append(p.from());
          if (p.to() != Integer.MAX_VALUE) {
            sb.append(" -a $index -le ").append(p.to());
          }
          sb.append("\n                echo ").append(kind).append("\n                return 0\n");
          sb.append("            end\n");
        } else {
          sb.append("      if (( $2 >= ").append(p.from());
          if (p.to() != Integer.MAX_VALUE) {
            sb.append(" && $2 <= ").append(p.to());
          }
          sb.append(" )); then REPLY=").append(kind).append("; return 0; fi\n");
        }
      }
      sb.append(fish ? "" : "      ;;\n");
    }
    sb.append(fish ? "    end\n    return 1\nend\n\n" : "  esac\n  return 1\n}\n\n");
    return sb.toString();
  }

  /** A function listing words (with descriptions where the shell shows them) per command path. */
  private String listing(
      String function, Map<String, Command> paths, Function<Command, List<String[]>> items) {
    StringBuilder sb = new StringBuilder();
    switch (shell) {
      case BASH -> {
        sb.append("_llmscape_").append(function).append("() {\n  case \"$1\" in\n");
        paths.forEach(
            (path, c) -> {
              List<String> words = items.apply(c).stream().map(i -> i[0]).toList();
              if (!words.isEmpty()) {
                sb.append("    ")
                    .append(quote(path))
                    .append(") REPLY=")
                    .append(quote(String.join(" ", words)))
                    .append(" ;;\n");
              }
            });
        sb.append("    *) REPLY='' ;;\n  esac\n}\n\n");
      }
      case ZSH -> {
        sb.append("_llmscape_").append(function).append("() {\n  case \"$1\" in\n");
        paths.forEach(
            (path, c) -> {
              List<String[]> list = items.apply(c);
              if (!list.isEmpty()) {
                sb.append("    ").append(quote(path)).append(")\n      reply=(\n");
                for (String[] item : list) {
                  String entry =
                      item[0].replace(":", "\\:") + (item[1].isEmpty() ? "" : ":" + item[1]);
                  sb.append("        ").append(quote(entry)).append('\n');
                }
                sb.append("      ) ;;\n");
              }
            });
        sb.append("    *) reply=() ;;\n  esac\n}\n\n");
      }
      case FISH -> {
        sb.append("function __llmscape_")
            .append(function)
            .append(" --argument-names cmdpath\n    switch \"$cmdpath\"\n");
        paths.forEach(
            (path, c) -> {
              List<String[]> list = items.apply(c);
              if (!list.isEmpty()) {
                sb.append("        case ")
                    .append(quote(path))
                    .append("\n            printf '%s\\n'");
                for (String[] item : list) {
                  String entry = item[1].isEmpty() ? item[0] : item[0] + "\t" + item[1];
                  sb.append(" \\\n                ").append(quote(entry));
                }
                sb.append('\n');
              }
            });
        sb.append("    end\nend\n\n");
      }
    }
    return sb.toString();
  }

  // ---- the catalog's names

  private String data() {
    return array("models", models) + array("orgs", orgs);
  }

  private String array(String name, List<String> values) {
    StringBuilder sb = new StringBuilder();
    if (shell == Shell.FISH) {
      sb.append("set -g __llmscape_").append(name);
      values.forEach(v -> sb.append(" \\\n    ").append(quote(v)));
      sb.append("\n\n");
    } else {
      sb.append("_llmscape_").append(name).append("=(\n");
      values.forEach(v -> sb.append("  ").append(quote(v)).append('\n'));
      sb.append(")\n\n");
    }
    return sb.toString();
  }

  // ---- filter qualifiers

  private String qualifiers() {
    List<String> qualifiers = CatalogCandidates.QueryTerms.QUALIFIERS;
    return switch (shell) {
      case BASH -> String.join(" ", qualifiers);
      case ZSH, FISH -> String.join(" ", qualifiers.stream().map(this::quote).toList());
    };
  }

  private String qualifierCases() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Values> e : CompletionModel.qualifierValues().entrySet()) {
      String q = e.getKey();
      String kind = quote(kind(e.getValue()));
      switch (shell) {
        case BASH ->
            sb.append("      ")
                .append(q)
                .append(") _llmscape_offer ")
                .append(kind)
                .append(" \"${cur#*:}\" \"$prefix$neg$qualifier:\" ;;\n");
        case ZSH ->
            sb.append("      ").append(q).append(") _llmscape_offer ").append(kind).append(" ;;\n");
        case FISH ->
            sb.append("            case ")
                .append(q)
                .append("\n                __llmscape_offer ")
                .append(kind)
                .append(" \"$prefix$neg$qualifier:\" $rest\n");
      }
    }
    return sb.toString().stripTrailing();
  }

  /** A single-quoted word for the shell: nothing in it is expanded. */
  private String quote(String text) {
    if (shell == Shell.FISH) {
      return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
