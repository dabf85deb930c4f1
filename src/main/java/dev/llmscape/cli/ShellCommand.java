package dev.llmscape.cli;

import dev.llmscape.render.Sanitizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code llmscape shell}: an interactive session over one loaded catalog. */
@Command(
    name = "shell",
    sortOptions = false,
    description = "Start an interactive session: the same commands, without 'llmscape'.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape shell",
      "  llmscape --catalog my-catalog.json shell",
      "",
      "In the session: list --org Meta, show Vicu<TAB>, help, help list; exit,",
      "quit or Ctrl-D leave; Ctrl-C drops the line, or cancels the command that",
      "runs and returns to the prompt. Tab completes commands,",
      "options and model and org names. History is kept in",
      "$XDG_STATE_HOME/llmscape/history (else ~/.local/state/llmscape/history).",
      "An error prints its message and the session goes on.",
      "",
      "Commands piped in run as a script: no banner or prompts, output on stdout,",
      "errors on stderr, '#' starts a comment, and the exit status is that of the",
      "first line that failed:  llmscape shell < queries.txt | tee log",
      "",
      "Exit codes: 0 when the session ends (a script: every line succeeded), 1 when",
      "no terminal can be opened, else a script's first failing status; 2 usage."
    })
public final class ShellCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!stdinIsTerminal()) {
      // A script: no terminal is opened (nor JLine's native code loaded), so stdout stays the
      // process's stdout and no JVM warning about native access can appear.
      try {
        return ShellSession.batch(
            spec.root().commandLine(),
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        root.environment()
            .err()
            .println("llmscape: cannot read the commands: " + Sanitizer.clean(e.getMessage()));
        return ExitCodes.NOT_FOUND_OR_BAD_DATA;
      }
    }
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return ShellSession.run(
          spec.root().commandLine(),
          terminal,
          ShellSession.historyFile(root.environment().env()),
          stdinIsTerminal());
    } catch (IOException e) {
      root.environment()
          .err()
          .println("llmscape: cannot open the terminal: " + Sanitizer.clean(e.getMessage()));
      return ExitCodes.NOT_FOUND_OR_BAD_DATA;
    }
  }

  /**
   * Whether a person is typing: the launcher tells ({@code -Dllmscape.stdin_tty}, from the shell's
   * {@code [ -t 0 ]}); without it, the JVM's console is asked, as for standard output.
   */
  private static boolean stdinIsTerminal() {
    String told = System.getProperty("llmscape.stdin_tty");
    if (told != null && !told.isEmpty()) {
      return told.equals("1");
    }
    return Environment.consoleIsTerminal();
  }
}
