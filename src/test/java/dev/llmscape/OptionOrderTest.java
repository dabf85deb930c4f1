package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options stand in the same order in every command's help, as printed: the command's own, then the
 * filters, then order and limit, then output, then the global options, then help. Within a group
 * the shared options keep one order. Read from the usage text, so a new option or command is
 * checked too.
 */
class OptionOrderTest {
  /** The groups, in help order, each with its shared options in their one order. */
  private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("own", List.of());
    GROUPS.put(
        "filter",
        List.of(
            "--open",
            "--closed",
            "--org",
            "--since",
            "--until",
            "--min-size",
            "--max-size",
            "--category",
            "--access",
            "--input",
            "--min-context"));
    GROUPS.put("sort", List.of("--sort", "--reverse", "--limit"));
    GROUPS.put(
        "output",
        List.of("--output", "--json", "--fields", "--jq", "--no-header", "--lang", "--charset"));
    GROUPS.put("global", List.of("--catalog", "--only", "--color", "--no-pager", "--verbose"));
    GROUPS.put("help", List.of("--help", "--version"));
  }

  /** An option line of the help: two spaces or more, maybe "-o, ", then the long name. */
  private static final Pattern OPTION =
      Pattern.compile("^ {2,}(?:-[A-Za-z], )?(--[a-z][a-z-]*|-[A-Za-z])\\b");

  private static String group(String name) {
    for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
      if (g.getValue().contains(name)) {
        return g.getKey();
      }
    }
    return "own";
  }

  private static List<CommandLine> everyCommand() {
    CommandLine root =
        Main.commandLine(
            Environment.of(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Map.of(),
                false,
                0));
    List<CommandLine> all = new ArrayList<>();
    List<CommandLine> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      CommandLine cmd = todo.remove(0);
      if (!cmd.getCommandSpec().usageMessage().hidden() && !all.contains(cmd)) {
        all.add(cmd);
        todo.addAll(cmd.getSubcommands().values());
      }
    }
    return all;
  }

  /** The options in the order the help prints them, by their longest name. */
  private static List<String> printed(CommandLine cmd) {
    List<String> names = new ArrayList<>();
    // The synopsis (the Usage: line and its indented continuation) names options too: skip it.
    boolean inSynopsis = false;
    for (String line : cmd.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList()) {
      if (line.startsWith("Usage:")) {
        inSynopsis = true;
        continue;
      }
      inSynopsis &= line.startsWith(" ");
      Matcher m = OPTION.matcher(line);
      if (!inSynopsis && m.find()) {
        OptionSpec option = cmd.getCommandSpec().findOption(m.group(1));
        if (option != null && !names.contains(option.longestName())) {
          names.add(option.longestName());
        }
      }
    }
    return names;
  }

  @Test
  void everyCommandsHelpListsItsOptionsInTheOneOrder() {
    List<String> groups = new ArrayList<>(GROUPS.keySet());
    List<String> problems = new ArrayList<>();
    int commands = 0;
    for (CommandLine cmd : everyCommand()) {
      commands++;
      List<String> names = printed(cmd);
      String name = cmd.getCommandSpec().qualifiedName(" ");
      assertEquals(
          cmd.getCommandSpec().options().stream().filter(o -> !o.hidden()).count(),
          names.size(),
          name + ": every visible option is read from the help: " + names);
      int lastGroup = 0;
      int lastInGroup = -1;
      for (String option : names) {
        int g = groups.indexOf(group(option));
        int at = GROUPS.get(group(option)).indexOf(option);
        if (g < lastGroup || (g == lastGroup && at >= 0 && at < lastInGroup)) {
          problems.add(name + ": " + option + " out of order in " + names);
        }
        lastInGroup = g == lastGroup ? Math.max(lastInGroup, at) : at;
        lastGroup = g;
      }
    }
    assertTrue(commands > 15, "every command and subcommand: " + commands);
    assertEquals(List.of(), problems);
  }
}
