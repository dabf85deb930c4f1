package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.cli.completion.CompletionModel;
import dev.llmscape.cli.completion.CompletionScript;
import dev.llmscape.cli.completion.CompletionScript.Shell;
import dev.llmscape.cli.completion.CompletionValues;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code llmscape completion SHELL}: prints the completion script for bash, zsh or fish. */
@Command(
    name = "completion",
    sortOptions = false,
    description = "Print the completion script for bash, zsh or fish.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(llmscape completion bash)                 # in ~/.bashrc",
      "  llmscape completion zsh > ~/.zfunc/_llmscape       # a directory on $fpath",
      "  llmscape completion fish > ~/.config/fish/completions/llmscape.fish",
      "",
      "The scripts complete commands, options, option values and the bundled",
      "catalog's model and org names; with --catalog FILE on the line (or",
      "LLMSCAPE_CATALOG) they ask llmscape for that catalog's names.",
      "Exit codes: 0 ok, 2 usage (unknown shell)."
    })
public final class CompletionCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHELL",
      completionCandidates = Shells.class,
      description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  static final class Shells implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Candidates.lower(Shell.values());
    }
  }

  @Override
  public Integer call() {
    // The lists in the script are the bundled catalog's; other catalogs are asked for live.
    Catalog bundled = CatalogLoader.bundled();
    String script =
        CompletionScript.generate(
            shell,
            CompletionModel.of(spec.root().commandLine()),
            CompletionValues.models(bundled),
            CompletionValues.orgs(bundled),
            bundled.version());
    root.environment().out().print(script);
    return ExitCodes.OK;
  }
}
