package dev.llmscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandRegistryTest {

  private static String invoked(String... args) {
    CommandRegistry.Entry e = CommandRegistry.invoked(args);
    return e == null ? null : e.name();
  }

  @Test
  void findsTheInvokedCommandPastRootOptions() {
    assertEquals("list", invoked("list", "--org", "Meta"));
    assertEquals("list", invoked("ls"));
    assertEquals("catalog", invoked("info"));
    assertEquals("show", invoked("--catalog", "list", "show", "x"));
    assertEquals("list", invoked("--catalog=f.json", "--color", "never", "--verbose", "list"));
    assertNull(invoked());
    assertNull(invoked("--help"));
    assertNull(invoked("--version"));
    assertNull(invoked("lst"));
    assertNull(invoked("--bogus", "list"));
    assertNull(invoked("--", "list"));
  }

  @Test
  void onlyTheInvokedCommandIsBuiltButHelpAndUnknownWordsGetTheWholeTree() {
    assertEquals(List.of("list"), names(CommandRegistry.needed("list", "--org", "Meta")));
    assertEquals(List.of("list", "help"), names(CommandRegistry.needed("help", "list")));
    assertEquals(List.of("list", "help"), names(CommandRegistry.needed("help", "ls")));
    assertEquals(names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("help")));
    assertEquals(names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("help", "lst")));
    assertEquals(names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("help", "help")));
    // A help topic is help's own subcommand: no other command is built for it.
    assertEquals(List.of("help"), names(CommandRegistry.needed("help", "environment")));
    assertEquals(List.of("help"), names(CommandRegistry.needed("help", "formatting")));
    assertEquals(
        names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("completion", "bash")));
    assertEquals(names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("lst")));
    assertEquals(names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("--help")));
  }

  /** --version prints the version and runs nothing, so it builds no subcommand at all. */
  @Test
  void versionAloneNeedsNoSubcommand() {
    assertEquals(List.of(), names(CommandRegistry.needed("--version")));
    assertEquals(List.of(), names(CommandRegistry.needed("-V")));
    assertEquals(List.of(), names(CommandRegistry.needed("--only", "--catalog", "x", "-V")));
    assertEquals(List.of(), names(CommandRegistry.needed("--color=never", "--version")));
    assertEquals(List.of(), names(CommandRegistry.needed("--version", "--json")));
    assertEquals(
        names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("--version", "list")));
    assertEquals(
        names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("--version", "--bogus")));
    assertEquals(
        names(CommandRegistry.COMMANDS), names(CommandRegistry.needed("--version", "--catalog")));
  }

  /** The registry's names and aliases are the ones each class declares, so routing agrees. */
  @Test
  void registryMatchesEachCommandsAnnotation() {
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      CommandLine.Command c = e.type().getAnnotation(CommandLine.Command.class);
      assertEquals(e.name(), c.name(), e.type().getName());
      assertEquals(Set.copyOf(e.aliases()), Set.of(c.aliases()), e.type().getName());
    }
  }

  /** A command's help built alone is the same as in the whole tree, inherited options included. */
  @Test
  void lazyCommandHelpEqualsFullTreeHelp() {
    Environment env =
        Environment.of(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of(),
            false,
            0);
    CommandLine full = Main.commandLine(env);
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      CommandLine lazy = Main.commandLine(env, e.name());
      if (e.name().equals("help") || e.name().equals("completion")) {
        // These describe every command, so they get the whole tree.
        assertEquals(full.getSubcommands().keySet(), lazy.getSubcommands().keySet());
        continue;
      }
      assertEquals(
          List.of(e.name()),
          List.copyOf(Set.copyOf(lazy.getSubcommands().values())).stream()
              .map(CommandLine::getCommandName)
              .toList());
      String usage = lazy.getSubcommands().get(e.name()).getUsageMessage();
      assertEquals(full.getSubcommands().get(e.name()).getUsageMessage(), usage, e.name());
      assertTrue(usage.contains("--catalog=FILE"), "inherited option in " + e.name());
    }
  }

  /** 'help X', built with X and help alone, prints what it prints in the whole tree. */
  @Test
  void helpForOneCommandEqualsHelpInTheFullTree() {
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      StringWriter fullOut = new StringWriter();
      StringWriter lazyOut = new StringWriter();
      int fullExit = Main.commandLine(env(fullOut)).execute("help", e.name());
      int lazyExit = Main.commandLine(env(lazyOut), "help", e.name()).execute("help", e.name());
      assertEquals(fullExit, lazyExit, e.name());
      assertEquals(fullOut.toString(), lazyOut.toString(), e.name());
    }
  }

  /** 'help environment', built with help alone, prints what it prints in the whole tree. */
  @Test
  void aHelpTopicAloneEqualsTheTopicInTheFullTree() {
    for (String topic : List.of("environment", "formatting")) {
      StringWriter fullOut = new StringWriter();
      StringWriter lazyOut = new StringWriter();
      assertEquals(0, Main.commandLine(env(fullOut)).execute("help", topic));
      assertEquals(0, Main.commandLine(env(lazyOut), "help", topic).execute("help", topic));
      assertEquals(fullOut.toString(), lazyOut.toString(), topic);
      assertTrue(fullOut.toString().length() > 1000, fullOut.toString());
    }
  }

  private static Environment env(StringWriter out) {
    return Environment.of(
        new PrintWriter(out, true), new PrintWriter(new StringWriter()), Map.of(), false, 0);
  }

  @Test
  void rootHelpListsEveryCommandAndUnknownCommandsGetSuggestions() {
    String help = Cli.piped().run("--help").out();
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      if (!e.name().startsWith("__")) { // hidden: for the completion scripts only
        assertTrue(help.contains("  " + e.name()), e.name() + " in root help");
      }
    }
    Cli.Result typo = Cli.piped().run("lsit");
    assertEquals(2, typo.exit());
    assertTrue(typo.err().contains("Did you mean"), typo.err());
    Cli.Result helpList = Cli.piped().run("help", "list");
    assertEquals(0, helpList.exit());
    assertTrue(helpList.out().startsWith("Usage: llmscape list"), helpList.out());
  }

  @Test
  void inheritedGlobalOptionsWorkAfterALazilyBuiltCommand() {
    Cli.Result r =
        Cli.terminal(100)
            .run(
                "list",
                "--catalog",
                Cli.fixturePath().toString(),
                "--color=never",
                "--org",
                "Meta");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("LLaMA"), r.out());
    assertFalse(r.out().contains("\u001b["), "--color=never after the command");
    Cli.Result bad = Cli.piped().fixture("list", "--bogus");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("llmscape list --help"), bad.err());
  }

  private static List<String> names(List<CommandRegistry.Entry> entries) {
    return entries.stream().map(CommandRegistry.Entry::name).toList();
  }
}
