package dev.llmscape.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.Golden;
import dev.llmscape.Tools;
import dev.llmscape.cli.completion.CompletionScript.Shell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The completion scripts in real shells: each line is completed by bash (through its completion
 * function), zsh (interactively, in a pseudo-terminal) or fish ({@code complete -C}), and the
 * candidates the shell offers are checked. Without zsh or fish their tests are skipped, except in
 * CI, where they fail (see {@link Tools}).
 */
@Tag("process")
class CompletionScriptsTest {
  private static final Path COMMITTED = Path.of("completions");

  /**
   * The committed scripts are the generator's output. After a change to the commands or the
   * catalog, run {@code ./mvnw test -Dupdate} (see {@link Golden}).
   */
  @ParameterizedTest
  @EnumSource(Shell.class)
  void committedScriptsAreTheGeneratorsOutput(Shell shell) throws IOException {
    Cli.Result r = Cli.piped().run("completion", shell.name().toLowerCase());
    assertEquals(0, r.exit(), r.err());
    Golden.assertFile(COMMITTED.resolve(shell.fileName()), r.out());
  }

  // ---- the real command line

  @Test
  void bashCompletesTheRealCommandLine() throws Exception {
    Map<String, List<String>> c =
        complete(
            Shell.BASH,
            Map.of(),
            "llmscape l",
            "llmscape li",
            "llmscape list --org M",
            "llmscape show Cla",
            "llmscape show claude-2",
            "llmscape list --color=n",
            "llmscape list --sort s",
            "llmscape list --sort ",
            "llmscape list --category m",
            "llmscape --color never sh",
            "llmscape list --li",
            "llmscape help ca",
            "llmscape help fo",
            "llmscape help e",
            "llmscape completion ");
    assertEquals(
        java.util.Set.of("list", "ls", "lineage", "landscape"),
        java.util.Set.copyOf(c.get("llmscape l")));
    assertEquals(java.util.Set.of("list", "lineage"), java.util.Set.copyOf(c.get("llmscape li")));
    assertTrue(c.get("llmscape list --org M").contains("Meta"), c.toString());
    assertTrue(c.get("llmscape list --org M").contains("Meta AI"), c.toString());
    // Names come as they are; the script asks readline to quote them (-o filenames).
    assertTrue(c.get("llmscape show Cla").containsAll(List.of("Claude 2", "Claude2")));
    assertEquals(
        List.of("claude-2", "claude-2-1", "claude-2.0", "claude-2.1"),
        c.get("llmscape show claude-2"));
    assertEquals(List.of("never"), c.get("llmscape list --color=n"));
    assertEquals(List.of("size"), c.get("llmscape list --sort s"));
    assertEquals(
        List.of("date", "size", "name", "org", "context", "tokens", "compute", "active"),
        c.get("llmscape list --sort "));
    assertEquals(List.of("multimodal"), c.get("llmscape list --category m"));
    assertEquals(List.of("show", "shell"), c.get("llmscape --color never sh"));
    assertEquals(List.of("--limit"), c.get("llmscape list --li"));
    assertEquals(List.of("catalog"), c.get("llmscape help ca"));
    // The help topics, beside the commands.
    assertEquals(List.of("formatting"), c.get("llmscape help fo"));
    assertEquals(
        java.util.Set.of("environment", "export"), java.util.Set.copyOf(c.get("llmscape help e")));
    assertEquals(List.of("bash", "zsh", "fish"), c.get("llmscape completion "));
  }

  @Test
  void bashMatchesIgnoringCaseWhenNothingMatchesExactly() throws Exception {
    Map<String, List<String>> c =
        complete(Shell.BASH, Map.of(), "llmscape list --org met", "llmscape show claude2");
    assertEquals(List.of("Meta", "Meta AI"), c.get("llmscape list --org met"));
    assertEquals(List.of("Claude2", "Claude2.1"), c.get("llmscape show claude2"));
  }

  @Test
  void zshCompletesTheRealCommandLine() throws Exception {
    Tools.require("zsh");
    Map<String, List<String>> c =
        complete(
            Shell.ZSH,
            Map.of(),
            "llmscape l",
            "llmscape list --org M",
            "llmscape show Cla",
            "llmscape list --color=n",
            "llmscape list --sort ",
            "llmscape help ca",
            "llmscape help fo");
    assertEquals(
        java.util.Set.of("list", "ls", "lineage", "landscape"),
        java.util.Set.copyOf(c.get("llmscape l")));
    assertTrue(c.get("llmscape list --org M").containsAll(List.of("Meta", "Meta AI")));
    assertTrue(c.get("llmscape show Cla").containsAll(List.of("Claude 2", "Claude2")));
    assertEquals(List.of("--color=never"), c.get("llmscape list --color=n"));
    assertEquals(
        List.of("date", "size", "name", "org", "context", "tokens", "compute", "active"),
        c.get("llmscape list --sort "));
    assertEquals(List.of("catalog"), c.get("llmscape help ca"));
    assertEquals(List.of("formatting"), c.get("llmscape help fo"));
  }

  @Test
  void fishCompletesTheRealCommandLine() throws Exception {
    Tools.require("fish");
    Map<String, List<String>> c =
        complete(
            Shell.FISH,
            Map.of(),
            "llmscape l",
            "llmscape list --org M",
            "llmscape show Cla",
            "llmscape list --color=n",
            "llmscape list --sort ",
            "llmscape help ca",
            "llmscape help fo");
    assertEquals(
        java.util.Set.of("list", "ls", "lineage", "landscape"),
        java.util.Set.copyOf(c.get("llmscape l")));
    assertTrue(c.get("llmscape list --org M").containsAll(List.of("Meta", "Meta AI")));
    assertTrue(c.get("llmscape show Cla").containsAll(List.of("Claude 2", "Claude2")));
    assertEquals(List.of("--color=never"), c.get("llmscape list --color=n"));
    assertEquals(
        List.of("active", "compute", "context", "date", "name", "org", "size", "tokens"),
        c.get("llmscape list --sort ").stream().sorted().toList());
    assertEquals(List.of("catalog"), c.get("llmscape help ca"));
    assertEquals(List.of("formatting"), c.get("llmscape help fo"));
  }

  // ---- commands that take model names and filter queries

  private static final String[] NEW_COMMAND_LINES = {
    "llmscape li",
    "llmscape lineage Cla",
    "llmscape lineage Vicuna --to LLa",
    "llmscape lineage --charset a",
    "llmscape compare LLaMA Llama\\ 2 Vicu",
    "llmscape filter org:Me",
    "llmscape filter -org:Goo",
    "llmscape filter open:",
    "llmscape filter base:Vicu",
    "llmscape filter da",
    "llmscape list -o t",
    "llmscape export --output js",
    "llmscape landscape -o ",
  };

  @ParameterizedTest
  @EnumSource(Shell.class)
  void newCommandsCompleteModelNamesAndQualifiers(Shell shell) throws Exception {
    Tools.require(shell.name().toLowerCase());
    Map<String, List<String>> c = complete(shell, Map.of(), NEW_COMMAND_LINES);
    boolean bash = shell == Shell.BASH;
    assertEquals(java.util.Set.of("list", "lineage"), java.util.Set.copyOf(c.get("llmscape li")));
    assertTrue(c.get("llmscape lineage Cla").contains("Claude2"), c.toString());
    assertTrue(c.get("llmscape lineage Vicuna --to LLa").contains("LLaMA"), c.toString());
    assertEquals(List.of("ascii"), c.get("llmscape lineage --charset a"));
    assertTrue(c.get("llmscape compare LLaMA Llama\\ 2 Vicu").contains("Vicuna"), c.toString());
    // bash replaces only what follows the colon; zsh and fish show the whole term.
    List<String> meta = c.get("llmscape filter org:Me");
    assertTrue(meta.contains(bash ? "Meta" : "org:Meta"), c.toString());
    assertFalse(meta.contains(bash ? "Microsoft" : "org:Microsoft"), c.toString());
    assertTrue(c.get("llmscape filter -org:Goo").contains(bash ? "Google" : "-org:Google"));
    assertEquals(
        bash ? List.of("yes", "no", "unknown") : List.of("open:yes", "open:no", "open:unknown"),
        shell == Shell.FISH
            ? sortedLike(c.get("llmscape filter open:"))
            : c.get("llmscape filter open:"));
    assertTrue(c.get("llmscape filter base:Vicu").contains(bash ? "Vicuna" : "base:Vicuna"));
    assertEquals(List.of("date:"), c.get("llmscape filter da"));
    // -o offers the formats of its command only.
    assertEquals(List.of("table", "tsv"), c.get("llmscape list -o t").stream().sorted().toList());
    assertEquals(
        List.of("json", "jsonl"), c.get("llmscape export --output js").stream().sorted().toList());
    assertEquals(List.of("svg"), c.get("llmscape landscape -o "));
  }

  private static List<String> sortedLike(List<String> values) {
    List<String> order = List.of("open:yes", "open:no", "open:unknown");
    return values.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
  }

  // ---- what the user sees

  /**
   * Readline, not the script, decides which part of the word a candidate replaces (after a quote
   * left open, else after the last blank, ':' or '='), so bash runs for real in a pseudo-terminal:
   * each line gets one TAB and the line it leaves is checked. The qualifier and the user's quoting
   * stay, in every form a shell user types a name with a blank.
   */
  @Test
  void bashKeepsTheQualifierAndTheQuotingOfTheWord() throws Exception {
    Tools.require("zsh"); // its zpty gives bash the pseudo-terminal
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("llmscape filter 'org:Google D", "llmscape filter 'org:Google DeepMind' ");
    expected.put("llmscape filter \"org:Google D", "llmscape filter \"org:Google DeepMind\" ");
    expected.put("llmscape filter org:\"Google D", "llmscape filter org:\"Google DeepMind\" ");
    expected.put("llmscape filter org:'Google D", "llmscape filter org:'Google DeepMind' ");
    expected.put("llmscape filter org:Google\\ D", "llmscape filter org:Google\\ DeepMind ");
    expected.put("llmscape filter '-org:Google D", "llmscape filter '-org:Google DeepMind' ");
    expected.put("llmscape filter 'from:Vicu", "llmscape filter 'from:Vicuna");
    expected.put("llmscape filter 'open:y", "llmscape filter 'open:yes' ");
    expected.put("llmscape list --org \"Google D", "llmscape list --org \"Google DeepMind\" ");
    expected.put("llmscape list --org=Google\\ D", "llmscape list --org=Google\\ DeepMind ");
    expected.put("llmscape show 'Vicuna v", "llmscape show 'Vicuna v1.5' ");
    expected.put("llmscape show Vicuna\\ v", "llmscape show Vicuna\\ v1.5 ");
    Map<String, List<String>> lines =
        complete(Shell.BASH, "/completion/bash-readline.zsh", expected.keySet());
    assertEquals(table(expected), table(single(lines)));
  }

  /**
   * zsh lists names as they read (Meta AI), while the word it inserts stays quoted for the shell:
   * zsh runs for real in a pseudo-terminal and the list it prints is read off the screen.
   */
  @Test
  void zshListsNamesAsTheyReadAndInsertsThemQuoted() throws Exception {
    Tools.require("zsh");
    Map<String, List<String>> screen =
        complete(
            Shell.ZSH,
            "/completion/zsh-list.zsh",
            List.of(
                "llmscape list --org Meta",
                "llmscape filter org:Google",
                "llmscape show Vicuna",
                "llmscape list --org Meta\\ ",
                "llmscape filter 'org:Google D"));
    assertEquals(List.of("Meta", "Meta AI"), listed(screen.get("llmscape list --org Meta")));
    assertEquals(
        List.of("Google", "Google Brain", "Google DeepMind", "Google Research"),
        listed(screen.get("llmscape filter org:Google")));
    assertEquals(
        List.of("Vicuna", "Vicuna 1.5", "Vicuna v1.5", "Vicuna-13B", "Vicuna-7B", "Vicuna-v1.5"),
        listed(screen.get("llmscape show Vicuna")));
    assertEquals(
        "LINE<llmscape list --org Meta\\ AI >END", line(screen.get("llmscape list --org Meta\\ ")));
    assertEquals(
        "LINE<llmscape filter 'org:Google DeepMind' >END",
        line(screen.get("llmscape filter 'org:Google D")));
  }

  /** The line as zsh left it. */
  private static String line(List<String> screen) {
    return screen.stream().filter(row -> row.startsWith("LINE<")).findFirst().orElse("none");
  }

  /** The entries of zsh's list: its rows, split at the runs of blanks between columns. */
  private static List<String> listed(List<String> screen) {
    return screen.stream()
        .filter(row -> !row.startsWith("LINE<"))
        .flatMap(row -> java.util.Arrays.stream(row.split("\\s{2,}")))
        .toList();
  }

  /** Each input and the line it left, one a row, with a bar to show a trailing blank. */
  private static String table(Map<String, String> lines) {
    StringBuilder sb = new StringBuilder();
    lines.forEach((input, got) -> sb.append(input).append("  ->  ").append(got).append("|\n"));
    return sb.toString();
  }

  /** The one line each input left, in the inputs' order. */
  private static Map<String, String> single(Map<String, List<String>> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    lines.forEach(
        (input, got) -> out.put(input, got.size() == 1 ? got.get(0) : String.valueOf(got)));
    return out;
  }

  // ---- user catalogs: the scripts ask llmscape for the names

  @ParameterizedTest
  @EnumSource(Shell.class)
  void userCatalogNamesComeFromTheTool(Shell shell) throws Exception {
    Tools.require(shell.name().toLowerCase());
    String fixture = Cli.fixturePath().toString();
    // User catalogs lie over the bundled one: the names are both catalogs'. "Mystery" and the
    // org alias "Brain" are the fixture's only, so they show the tool was asked.
    String byOption = "llmscape --catalog " + fixture + " show M";
    String byOrg = "llmscape list --catalog=" + fixture + " --org B";
    Map<String, List<String>> c = complete(shell, Map.of(), byOption, byOrg);
    assertTrue(c.get(byOption).containsAll(List.of("Mystery", "Meena")), c.toString());
    // Brain is an alias in the fixture only; BAAI is in both.
    assertTrue(c.get(byOrg).contains("Brain"), c.toString());

    Map<String, List<String>> env =
        complete(shell, Map.of("LLMSCAPE_CATALOG", fixture), "llmscape show Mys");
    assertEquals(List.of("Mystery"), env.get("llmscape show Mys"), env.toString());
    Map<String, List<String>> bundled = complete(shell, Map.of(), "llmscape show M");
    assertFalse(bundled.get("llmscape show M").contains("Mystery"), bundled.toString());
  }

  // ---- helpers

  /**
   * Completes each line in a real shell with the script `llmscape completion SHELL` prints: the
   * script users install, built as a run of the tool builds it.
   */
  private static Map<String, List<String>> complete(
      Shell shell, Map<String, String> env, String... lines) throws Exception {
    return switch (shell) {
      case BASH -> complete(shell, "bash", "/completion/bash-complete.sh", env, lines);
      case ZSH -> complete(shell, "zsh", "/completion/zsh-complete.zsh", env, lines);
      case FISH -> complete(shell, "fish", "/completion/fish-complete.fish", env, lines);
    };
  }

  /** Runs a zsh driver (a pseudo-terminal) on the script for a shell. */
  private static Map<String, List<String>> complete(
      Shell shell, String zshDriver, java.util.Collection<String> lines) throws Exception {
    return complete(shell, "zsh", zshDriver, Map.of(), lines.toArray(String[]::new));
  }

  private static Map<String, List<String>> complete(
      Shell shell, String program, String driver, Map<String, String> env, String... lines)
      throws Exception {
    Cli.Result printed = Cli.piped().run("completion", shell.name().toLowerCase());
    assertEquals(0, printed.exit(), printed.err());
    Path dir = Files.createTempDirectory("completion");
    Path file = dir.resolve(shell.fileName());
    Files.writeString(file, printed.out(), StandardCharsets.UTF_8);
    // zsh finds its script on fpath, a directory; bash and fish source the file.
    return ShellProcess.complete(program, driver, shell == Shell.ZSH ? dir : file, env, lines);
  }
}
