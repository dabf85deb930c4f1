package dev.llmscape.cli;

import dev.llmscape.render.TopicText;
import dev.llmscape.render.TopicText.Block;
import dev.llmscape.render.TopicText.Entry;
import dev.llmscape.render.TopicText.Heading;
import dev.llmscape.render.TopicText.Paragraph;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help topics, {@code llmscape help environment} and {@code llmscape help formatting}:
 * subcommands of {@link HelpCommand}, so built only with it. A topic prints its text at the width
 * help takes; the same text at 80 columns is its footer, which is what its man page shows.
 */
final class HelpTopics {
  private HelpTopics() {}

  /** The topics' names, as {@code help} takes them. */
  static final List<String> NAMES = List.of("environment", "formatting");

  /** {@code help environment}. */
  @Command(
      name = "environment",
      sortOptions = false,
      description = "The environment variables llmscape reads: what each does, and its default.")
  static final class EnvironmentTopic implements Runnable {
    @CommandLine.Spec CommandSpec spec;

    @Override
    public void run() {
      print(spec.commandLine());
    }
  }

  /** {@code help formatting}. */
  @Command(
      name = "formatting",
      sortOptions = false,
      description =
          "How output is formatted: terminal or pipe, JSON, --jq, colour, width, and how dates,"
              + " sizes, ranges and unknowns are written.")
  static final class FormattingTopic implements Runnable {
    @CommandLine.Spec CommandSpec spec;

    @Override
    public void run() {
      print(spec.commandLine());
    }
  }

  /** Prints a topic at the width help takes in this run. */
  static void print(CommandLine topic) {
    LlmscapeCommand root = (LlmscapeCommand) topic.getCommandSpec().root().userObject();
    PrintWriter out = topic.getOut();
    for (String line : lines(topic.getCommandName(), HelpWidth.of(root.environment()))) {
      out.println(line);
    }
    out.flush();
  }

  /**
   * Gives each topic under {@code help} its text as its footer, for the man pages and {@code help
   * TOPIC --help}: picocli reads footers as format strings and markup, hence the escapes.
   */
  static void describe(CommandLine help) {
    for (CommandLine topic : help.getSubcommands().values()) {
      String name = topic.getCommandName();
      List<String> footer = new ArrayList<>();
      for (String line : lines(name, HelpWidth.PIPED)) {
        footer.add(line.replace("%", "%%").replace("@|", "@ |"));
      }
      topic
          .getCommandSpec()
          .usageMessage()
          .footerHeading("%n" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + ":%n")
          .footer(footer.toArray(String[]::new));
    }
  }

  static List<String> lines(String topic, int width) {
    return TopicText.lines(topic.equals("environment") ? environment() : formatting(), width);
  }

  /** Every variable of {@link EnvironmentVariables}, under its group's heading. */
  static List<Block> environment() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            "The environment variables llmscape, its launchers and its completion scripts read."
                + " An empty value counts as not set, except for the pagers'."));
    String group = null;
    for (EnvironmentVariables.Variable v : EnvironmentVariables.ALL) {
      if (!v.group().equals(group)) {
        group = v.group();
        blocks.add(new Heading(group + ":"));
      }
      // No full stop after the default: it may be a URL or a path.
      String byDefault = v.byDefault() == null ? "" : " Default: " + v.byDefault();
      blocks.add(new Entry(v.names(), v.meaning() + byDefault));
    }
    return blocks;
  }

  /** How output is formatted: the rules docs/usage.md states, in brief. */
  static List<Block> formatting() {
    return List.of(
        new Paragraph(
            "Where output goes decides its form; options and environment variables change it"
                + " ('llmscape help environment' lists the variables)."),
        new Heading("Terminal or pipe:"),
        new Entry(
            "on a terminal",
            "Tables with a header, coloured, fitted to the width: long values are cut with '…',"
                + " never wrapped, and on a narrow terminal whole columns are left out (NAME"
                + " stays). Long output goes through a pager (less -FRX unless LLMSCAPE_PAGER or"
                + " PAGER says otherwise; --no-pager for none)."),
        new Entry(
            "piped",
            "Tab-separated full values with a header row (--no-header drops it), an ID column"
                + " first, ISO dates, empty fields for unknowns; no colour, no pager; charts and"
                + " help laid out for 80 columns. When nothing matches, nothing is printed."),
        new Heading("Formats:"),
        new Entry(
            "-o, --output FORMAT",
            "One flag for every format a command writes, the first its default: list and"
                + " filter: table, json, jsonl, csv, tsv; show, compare, catalog, stats, validate:"
                + " table, json; lineage: tree, json, dot, mermaid, svg; landscape: svg; export:"
                + " markdown, csv, tsv, jsonl, json, html. A format names no file: redirect"
                + " (-o svg > landscape.svg)."),
        new Entry(
            "--json",
            "Short for -o json: an array for lists, an object for one model or a report; never"
                + " coloured. Its fields are a documented contract (docs/json.md); --version"
                + " --json too."),
        new Entry(
            "--fields FIELD,...",
            "Only these fields, in this order (without -o: JSON; --json name,org says the"
                + " same); an unknown field lists the known ones."),
        new Entry(
            "--jq EXPR",
            "A jq expression run on the JSON, in llmscape (implies --json): strings print"
                + " without quotes, other values as JSON, as in gh: --jq '.[].name'."),
        new Heading("Colour:"),
        new Entry("--color WHEN", "auto (the default), always or never."),
        new Entry(
            "auto",
            "Colour when standard output is a terminal and TERM is not 'dumb'; NO_COLOR turns it"
                + " off, CLICOLOR_FORCE (not 0) on even when piped."),
        new Entry(
            "colours",
            "Green: open weights; red: closed; dim: unknown; highlighted: the model asked for."
                + " Text from the catalog never reaches the terminal as control sequences."),
        new Heading("Width:"),
        new Entry(
            "terminal",
            "Tables, cards, charts, trees and help take the terminal's width (as the launcher"
                + " passes it, else COLUMNS, else asked from the terminal); help stays within "
                + HelpWidth.MIN
                + " to "
                + HelpWidth.MAX
                + " columns. Display width counts: a CJK character takes two columns."),
        new Entry(
            "characters",
            "Box-drawing characters, '…' and block bars where the locale takes UTF-8 (LC_ALL,"
                + " LC_CTYPE, LANG), else ASCII; lineage --charset chooses."),
        new Heading("Values:"),
        new Entry(
            "dates",
            "YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known: 2023, 2023-06, 2023-06-01. A"
                + " date known to the month or year counts as its first day for --since and"
                + " sorting; --until 2023-06 takes all of June."),
        new Entry(
            "sizes",
            "Parameters with a unit K, M, B or T: 350M, 7B, 1.5T. As published: 7B-65B a range,"
                + " 7B/13B the sizes released; a leading ~ marks a figure not confirmed."),
        new Entry(
            "tokens",
            "Context windows and training tokens in k and M, powers of 1000: 32k, 128k, 1M (a"
                + " 131,072-token window is >=128k). Compute in FLOP: 1e25."),
        new Entry(
            "ranges",
            "Inclusive, with '..': 7B..70B, ..1B, 100B.., 2022-01..2023-06, 2024..; or a"
                + " comparison: >7B, >=2023-06, <=1B, =7B (size:, date:, context:, ... in a"
                + " query)."),
        new Entry(
            "qualifiers",
            "filter, stats, timeline, landscape and export take a query: org:Meta size:'>=7B'"
                + " open:yes, -org:Meta leaves out, OR between terms; 'llmscape help filter'"
                + " lists every qualifier."),
        new Entry(
            "unknown",
            "A fact the catalog does not have: 'unknown' (or 'date unknown', 'size unknown') on a"
                + " terminal, an empty field piped, null in JSON; it sorts last either way and"
                + " 'unknown' matches it in a query (size:unknown)."),
        new Entry(
            "names",
            "Case, spaces, hyphens and dots do not matter ('llama 2' finds LLaMA 2); aliases and"
                + " Chinese names work."),
        new Paragraph(
            "Exit codes: 0 success (an empty result too), 1 not found or a bad catalog, 2 a"
                + " usage error. Errors go to standard error; --verbose adds stack traces."));
  }
}
