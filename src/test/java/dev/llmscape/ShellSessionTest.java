package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.cli.Environment;
import dev.llmscape.cli.ShellSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The interactive shell, driven through JLine's test terminal with typed input. */
@org.junit.jupiter.api.Timeout(
    120) // a session that never sees end of input must not hang the build
class ShellSessionTest {
  @TempDir Path state;

  /** What a session printed, and its exit code. */
  record Session(int exit, String screen) {}

  private Session type(String input, String... globalOptions) throws Exception {
    return type(true, input, globalOptions);
  }

  private Session type(boolean interactive, String input, String... globalOptions)
      throws Exception {
    return type(interactive, true, new StringWriter(), input, globalOptions);
  }

  private Session type(
      boolean interactive,
      boolean stdoutTty,
      StringWriter stdout,
      String input,
      String... globalOptions)
      throws Exception {
    Environment environment =
        Environment.of(
            new PrintWriter(stdout),
            new PrintWriter(stdout),
            Map.of("LANG", "C.UTF-8", "NO_COLOR", "1"),
            stdoutTty,
            0);
    CommandLine outer = Main.commandLine(environment);
    String[] args = new String[globalOptions.length + 1];
    System.arraycopy(globalOptions, 0, args, 0, globalOptions.length);
    args[globalOptions.length] = "shell";
    outer.parseArgs(args);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (DumbTerminal terminal =
        new DumbTerminal(
            "test",
            "ansi",
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            screen,
            StandardCharsets.UTF_8)) {
      terminal.setSize(new org.jline.terminal.Size(100, 40));
      // As a real terminal does: Ctrl-C raises SIGINT.
      org.jline.terminal.Attributes attributes = terminal.getAttributes();
      attributes.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true);
      attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VINTR, 3);
      // Unset control characters read as -1, which is also end of input: give them their values.
      attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VQUIT, 28);
      attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VSUSP, 26);
      attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VSTATUS, 20);
      terminal.setAttributes(attributes);
      int exit = ShellSession.run(outer, terminal, state.resolve("llmscape/history"), interactive);
      terminal.flush();
      return new Session(exit, screen.toString(StandardCharsets.UTF_8));
    }
  }

  private Session fixture(String input) throws Exception {
    return type(input, "--only", "--catalog", Cli.fixturePath().toString());
  }

  @Test
  void runsCommandsWithoutThePrefixAndLeavesOnExit() throws Exception {
    Session s = fixture("list --org Meta\nexit\nlist --org Google\n");
    assertEquals(0, s.exit());
    assertTrue(s.screen().contains("Llama 2"), s.screen());
    assertTrue(s.screen().contains("LLaMA"), s.screen());
    assertFalse(s.screen().contains("Gopher"), "nothing runs after exit:\n" + s.screen());
  }

  @Test
  void quitAndEndOfInputLeaveToo() throws Exception {
    assertFalse(fixture("quit\nshow Gopher\n").screen().contains("DeepMind"));
    Session eof = fixture("show Gopher\n");
    assertEquals(0, eof.exit());
    assertTrue(eof.screen().contains("DeepMind"), eof.screen());
  }

  @Test
  void aLastLineWithoutANewlineStillRuns() throws Exception {
    Session s = fixture("list --org Meta\nshow Gopher");
    assertEquals(0, s.exit());
    assertTrue(s.screen().contains("DeepMind"), s.screen());
  }

  @Test
  void aLinesCatalogFilesStayWithThatLine() throws Exception {
    Session s =
        type(
            "catalog --catalog "
                + Cli.fixturePath()
                + " --json --fields source\ncatalog --json --fields source\n");
    assertTrue(s.screen().contains("\"bundled catalog.json + "), s.screen());
    assertTrue(s.screen().contains("\"source\" : \"bundled catalog.json\""), s.screen());
  }

  @Test
  void onlyWithoutACatalogIsRefusedInTheShellToo() throws Exception {
    Session s = type("--only list --limit 1\n");
    assertTrue(s.screen().contains("--only needs a catalog file"), s.screen());
    assertFalse(s.screen().contains("fairseq"), s.screen());
  }

  @Test
  void usageErrorsPointToTheShellsOwnHelp() throws Exception {
    Session s = fixture("list --orgg Meta\n");
    assertTrue(s.screen().contains("Run 'help list' for usage."), s.screen());
    assertFalse(s.screen().contains("llmscape list --help"), s.screen());
  }

  @Test
  void pipedInCommandsPrintOnlyTheirOutput() throws Exception {
    Session s =
        type(
            false,
            "list --org Meta --limit 1 --no-header\n",
            "--only",
            "--catalog",
            Cli.fixturePath().toString());
    assertEquals(0, s.exit());
    assertFalse(s.screen().contains("llmscape shell:"), s.screen());
    assertFalse(s.screen().contains("llmscape> "), s.screen());
    assertTrue(s.screen().contains("Llama 2"), s.screen());
  }

  @Test
  void withStdoutPipedCommandsPrintToStdoutNotTheTerminal() throws Exception {
    StringWriter stdout = new StringWriter();
    Session s =
        type(
            true,
            false,
            stdout,
            "list --org Meta --no-header\n",
            "--only",
            "--catalog",
            Cli.fixturePath().toString());
    assertEquals(0, s.exit());
    assertTrue(stdout.toString().startsWith("llama\tLLaMA\t"), stdout.toString());
    assertFalse(s.screen().contains("LLaMA"), s.screen());
    assertTrue(s.screen().contains("llmscape> "), s.screen());
  }

  @Test
  void tabCompletesModelNames() throws Exception {
    Session s = fixture("show Vicu\t\n");
    assertTrue(s.screen().contains("Vicuna"), s.screen());
    // The completed line ran: the card shows Vicuna's base.
    assertTrue(s.screen().contains("based on"), s.screen());
    assertTrue(s.screen().contains("LLaMA"), s.screen());
  }

  @Test
  void tabCompletesCommandsAndOrgs() throws Exception {
    Session s = fixture("lis\t --org Me\t\n");
    assertTrue(s.screen().contains("Llama 2"), s.screen());
    assertFalse(s.screen().contains("Gopher"), s.screen());
  }

  @Test
  void anErrorPrintsAndTheSessionGoesOn() throws Exception {
    Session s = fixture("show Llamma\nlist --orgg Meta\nshow Gopher\n");
    assertEquals(0, s.exit());
    assertTrue(s.screen().contains("llmscape: no model named 'Llamma'"), s.screen());
    assertTrue(s.screen().contains("Did you mean: LLaMA, Llama 2?"), s.screen());
    assertTrue(s.screen().contains("list has no option '--orgg'\n"), s.screen());
    assertTrue(s.screen().contains("DeepMind"), s.screen());
  }

  @Test
  void noShellInsideTheShellAndThePrefixIsForgiven() throws Exception {
    Session s = fixture("shell\nllmscape show Gopher\n");
    assertTrue(s.screen().contains("llmscape: already in the shell"), s.screen());
    assertTrue(s.screen().contains("DeepMind"), s.screen());
  }

  @Test
  void helpListsTheCommands() throws Exception {
    Session s = fixture("help\nhelp list\n");
    assertTrue(s.screen().contains("Commands:"), s.screen());
    assertTrue(s.screen().contains("Usage: llmscape list"), s.screen());
  }

  @Test
  void ctrlCDropsTheLine() throws Exception {
    // Ctrl-C while typing: the half-typed line never runs, the next one does.
    Session s = fixture("show Gopher\u0003show Bard\n");
    assertFalse(s.screen().contains("DeepMind"), s.screen());
    assertTrue(s.screen().contains("LaMDA") || s.screen().contains("PaLM"), s.screen());
  }

  @Test
  void historyIsSavedUnderTheStateDirectory() throws Exception {
    fixture("show Bard\nlist --open\n");
    String history = Files.readString(state.resolve("llmscape/history"));
    assertTrue(history.contains("show Bard"), history);
    assertTrue(history.contains("list --open"), history);
  }

  @Test
  void historyFileFollowsXdg() {
    assertEquals(
        Path.of("/x/state/llmscape/history"),
        ShellSession.historyFile(Map.of("XDG_STATE_HOME", "/x/state", "HOME", "/home/u")));
    assertEquals(
        Path.of("/home/u/.local/state/llmscape/history"),
        ShellSession.historyFile(Map.of("HOME", "/home/u")));
  }

  @Test
  void catalogTextIsSanitised() throws Exception {
    Path evil = Files.createTempFile(state, "evil", ".json");
    Files.writeString(
        evil,
        Files.readString(Cli.fixturePath())
            .replace("\"name\": \"Gopher\"", "\"name\": \"Go\\u001b[31mpher\""));
    Session s = type("show gopher\n", "--only", "--catalog", evil.toString());
    assertTrue(s.screen().contains("Go␛[31mpher"), s.screen());
    assertFalse(s.screen().contains("Go\u001b[31mpher"), s.screen());
  }

  private Path history() {
    return state.resolve("llmscape/history");
  }

  /** A history file with bytes that are not UTF-8: the shell starts, warns once, keeps the file. */
  @Test
  void historyWithInvalidUtf8StillStartsAndIsNotRewritten() throws Exception {
    Files.createDirectories(history().getParent());
    byte[] bad = {'s', 'h', 'o', 'w', ' ', (byte) 0xc0, (byte) 0x9b, '\n'};
    byte[] before = java.nio.file.Files.write(history(), bad) != null ? bad : null;
    Session s = fixture("show Bard\n");
    assertTrue(s.screen().contains("LaMDA") || s.screen().contains("PaLM"), s.screen());
    assertFalse(s.screen().contains("Exception"), s.screen());
    assertFalse(s.screen().contains("WARNING"), s.screen());
    byte[] after = Files.readAllBytes(history());
    assertTrue(
        java.util.Arrays.equals(before, java.util.Arrays.copyOf(after, before.length)),
        "the line not understood is kept as it was");
  }

  /** Lines in a format not written by llmscape (no timestamps) are kept and recalled. */
  @Test
  void historyLinesWithoutTimestampsAreKept() throws Exception {
    Files.createDirectories(history().getParent());
    Files.writeString(history(), "list --open\nshow Gopher\n");
    Session s = fixture("show Bard\n");
    assertFalse(s.screen().contains("WARNING"), s.screen());
    assertFalse(s.screen().contains("Bad history"), s.screen());
    String after = Files.readString(history());
    assertTrue(after.startsWith("list --open\nshow Gopher\n"), after);
    assertTrue(after.contains("show Bard"), after);
  }

  /** A history path that is a directory: the shell works without history, warning once. */
  @Test
  void historyPathThatIsADirectoryOnlyCostsTheHistory() throws Exception {
    Files.createDirectories(history());
    Session s = fixture("show Bard\nshow Gopher\n");
    assertTrue(s.screen().contains("DeepMind"), s.screen());
    assertEquals(1, s.screen().split("llmscape: history", -1).length - 1, s.screen());
    assertFalse(s.screen().contains("Exception"), s.screen());
  }

  /** An unwritable history: one warning, no stack traces, every command still runs. */
  @Test
  void unwritableHistoryWarnsOnce() throws Exception {
    Files.createDirectories(history().getParent());
    Files.writeString(history(), "");
    Path readOnly = history().getParent();
    // Root ignores permissions: make the file a dangling link into a missing directory instead.
    Files.delete(history());
    Files.createSymbolicLink(history(), state.resolve("missing/dir/history"));
    Session s = fixture("show Bard\nshow Gopher\nlist --open\n");
    assertTrue(s.screen().contains("DeepMind"), s.screen());
    assertEquals(1, s.screen().split("llmscape: history", -1).length - 1, s.screen());
    assertFalse(s.screen().contains("Exception"), s.screen());
    assertTrue(Files.isDirectory(readOnly));
  }

  /** History is private (0600) and keeps no raw escape sequences. */
  @Test
  void historyIsPrivateAndHoldsNoEscapes() throws Exception {
    fixture("show Bard\u001b[2J\nshow Bard\n");
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(history())));
    String text = Files.readString(history());
    assertFalse(text.contains("\u001b"), text);
    assertTrue(text.contains("show Bard"), text);
  }

  /**
   * Ctrl-C while a command runs (here: reading a catalog from a pipe nobody writes to) cancels it
   * and returns to the prompt; the session goes on with the next line.
   */
  @Test
  void ctrlCCancelsARunningCommandAndTheSessionGoesOn() throws Exception {
    Path fifo = state.resolve("never.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
    Environment environment =
        Environment.of(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of("LANG", "C.UTF-8", "NO_COLOR", "1"),
            true, // stdout is the terminal, so commands print on the screen
            0);
    CommandLine outer = Main.commandLine(environment);
    outer.parseArgs("--only", "--catalog", Cli.fixturePath().toString(), "shell");
    String input = "--catalog " + fifo + " list\nshow Gopher\n";
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (DumbTerminal terminal =
        new DumbTerminal(
            "test",
            "ansi",
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            screen,
            StandardCharsets.UTF_8)) {
      java.util.concurrent.FutureTask<Integer> session =
          new java.util.concurrent.FutureTask<>(
              () -> ShellSession.run(outer, terminal, state.resolve("h"), false));
      Thread thread = new Thread(session);
      thread.setDaemon(true);
      thread.start();
      Thread.sleep(1500); // the first line is stuck opening the pipe
      terminal.raise(org.jline.terminal.Terminal.Signal.INT);
      assertEquals(0, session.get(20, java.util.concurrent.TimeUnit.SECONDS));
      terminal.flush();
      String out = screen.toString(StandardCharsets.UTF_8);
      assertTrue(out.contains("cancelled"), out);
      assertTrue(out.contains("DeepMind"), "the next line ran: " + out);
    } finally {
      // Lets the abandoned command finish: its output goes nowhere.
      try (var w = java.nio.file.Files.newOutputStream(fifo)) {
        w.write('x');
      }
    }
  }

  /** A relative HOME (or XDG_STATE_HOME) would put the history under the current directory. */
  @Test
  void aRelativeHomeDoesNotPutHistoryUnderTheCurrentDirectory() {
    assertTrue(ShellSession.historyFile(Map.of("HOME", "relative/home")).isAbsolute());
    assertTrue(
        ShellSession.historyFile(Map.of("XDG_STATE_HOME", "state", "HOME", "rel")).isAbsolute());
  }
}
