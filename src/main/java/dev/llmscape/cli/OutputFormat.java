package dev.llmscape.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The formats of {@code -o/--output}, one set for every command; each command accepts those it can
 * write, listed by its option's completion candidates (one of the {@link Choices} below), so its
 * help, its completion and its error message name the same formats.
 */
public enum OutputFormat {
  /** The command's own human output: a table, a card, a chart; lineage's tree. */
  TABLE,
  JSON,
  JSONL,
  CSV,
  TSV,
  MARKDOWN,
  DOT,
  MERMAID,
  SVG,
  HTML;

  /** The name users write: {@code json}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a word names, in any case; {@code tree} is lineage's name for its table. */
  static OutputFormat named(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    if (w.equals("tree")) {
      return TABLE;
    }
    for (OutputFormat f : values()) {
      if (f.id().equals(w)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The format to write: {@code -o} if given, else JSON where {@code --json} or {@code --jq} ask
   * for it, else the command's own output.
   *
   * @param given the command's {@code -o} value, or null
   * @param own what the command writes without any of them (a table, Markdown...)
   * @throws UsageError when {@code -o} contradicts {@code --json} or {@code --jq}
   */
  static OutputFormat choose(OutputFormat given, boolean json, boolean jq, OutputFormat own) {
    if (given == null) {
      return json || jq ? JSON : own;
    }
    if ((json || jq) && given != JSON) {
      throw new UsageError(
          (json ? "--json is -o json" : "--jq filters JSON")
              + ": it cannot be combined with -o "
              + given.id());
    }
    return given;
  }

  /** The formats a command writes, in the words its help and completion show. */
  abstract static class Choices implements Iterable<String> {
    private final List<String> words;

    Choices(String... words) {
      this.words = List.of(words);
    }

    @Override
    public Iterator<String> iterator() {
      return words.iterator();
    }
  }

  /** The model listings: {@code list}, {@code filter}. */
  static final class Listing extends Choices {
    Listing() {
      super("table", "json", "jsonl", "csv", "tsv");
    }
  }

  /** Commands with a human output and JSON. */
  static final class TableOrJson extends Choices {
    TableOrJson() {
      super("table", "json");
    }
  }

  /** {@code lineage}: its tree, JSON and three drawings. */
  static final class Lineage extends Choices {
    Lineage() {
      super("tree", "json", "dot", "mermaid", "svg");
    }
  }

  /** {@code landscape}: a picture only. */
  static final class Picture extends Choices {
    Picture() {
      super("svg");
    }
  }

  /** {@code export}: documents and data files. */
  static final class Export extends Choices {
    Export() {
      super("markdown", "csv", "tsv", "jsonl", "json", "html");
    }
  }

  /**
   * Reads the format after {@code -o}, {@code --output} (or a command's old {@code --format}) and
   * refuses, as a usage error, one the command cannot write, naming those it can. Checked while the
   * line is parsed, before any catalog is read.
   */
  static final class Consumer implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
      List<String> accepted = new ArrayList<>();
      argSpec.completionCandidates().forEach(accepted::add);
      String formats = String.join(", ", accepted);
      if (args.isEmpty()) {
        throw new MissingParameterException(
            commandSpec.commandLine(), argSpec, "-o/--output needs a format: " + formats);
      }
      String value = args.pop();
      OutputFormat format = named(value);
      String word = value.strip().toLowerCase(Locale.ROOT);
      // table names every command's own output, lineage's tree too; tree is lineage's word only.
      if (format != null
          && (accepted.contains(word) || word.equals("table") && accepted.contains("tree"))) {
        argSpec.setValue(format);
        return;
      }
      String command = commandSpec.qualifiedName(" ").replaceFirst("^llmscape ", "");
      String problem =
          format == null
              ? "unknown output format '" + value + "'"
              : command + " cannot write " + word;
      throw new ParameterException(
          commandSpec.commandLine(), problem + ": -o takes " + formats + fileHint(value, accepted));
    }

    /** A file name where a format was expected: -o names a format, the shell writes files. */
    private static String fileHint(String value, List<String> accepted) {
      int dot = value.lastIndexOf('.');
      if (dot <= 0 && !value.contains("/")) {
        return "";
      }
      OutputFormat byExtension = named(value.substring(dot + 1));
      String format =
          byExtension != null && accepted.contains(byExtension.id())
              ? byExtension.id()
              : accepted.get(0);
      return " (to write a file, redirect: -o " + format + " > " + value + ")";
    }
  }
}
