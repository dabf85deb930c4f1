package dev.llmscape.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code llmscape help [COMMAND]}: a command's usage, as picocli's own help command shows it, and
 * the help topics ({@link HelpTopics}), which are its subcommands so that completion offers them
 * and the man pages include them. Its own class because picocli's runs itself, not the topic, when
 * {@code help environment} parses into a subcommand.
 */
@Command(
    name = "help",
    helpCommand = true,
    sortOptions = false,
    // The subcommands are the topics: the synopsis says so rather than "[COMMAND] [COMMAND]".
    customSynopsis = "llmscape help [-h] [COMMAND | TOPIC]",
    description = {
      "Show a command's help, or a help topic: environment or formatting.",
      "A command's help has its description, options, examples and exit codes. The",
      "topics: environment, the variables llmscape reads; formatting, output formats,",
      "colour, width and how values are written.",
    },
    subcommands = {HelpTopics.EnvironmentTopic.class, HelpTopics.FormattingTopic.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  help was shown", "  2  no such command or topic"})
public final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..1",
      description = "The command to show the help of (without it: llmscape's).")
  String command;

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine parent = self.getParent();
    CommandLine.ParseResult parsed = self.getParseResult();
    if (parsed != null && parsed.subcommand() != null) {
      HelpTopics.print(parsed.subcommand().commandSpec().commandLine());
      return;
    }
    if (command == null) {
      parent.usage(out, colors);
      return;
    }
    CommandLine described = parent.getSubcommands().get(command);
    if (described == null) {
      throw new ParameterException(parent, unknown(parent, command), null, command);
    }
    described.usage(out, colors);
  }

  /** Says that a word is neither a command nor a topic, and what was probably meant. */
  private String unknown(CommandLine parent, String word) {
    Map<String, String> names = new LinkedHashMap<>();
    parent.getSubcommands().keySet().stream()
        .filter(name -> !name.startsWith("_"))
        .forEach(name -> names.put(name, name));
    self.getSubcommands().keySet().forEach(name -> names.put(name, name));
    var near = dev.llmscape.query.Suggestions.nearest(word, names, 3);
    return "'"
        + word
        + "' is not a command or a help topic"
        + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?");
  }
}
