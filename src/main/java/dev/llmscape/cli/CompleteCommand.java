package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.cli.completion.CompletionValues;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code llmscape __complete models|orgs}: the names of the catalog in use, one a line, for the
 * completion scripts when a user catalog is in use (the bundled one's names are in the scripts).
 */
@Command(name = "__complete", hidden = true, description = "Names for shell completion.")
public final class CompleteCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;

  /** What to list. */
  enum Kind {
    MODELS,
    ORGS
  }

  @Parameters(paramLabel = "KIND", description = "models or orgs")
  Kind kind;

  @Override
  public Integer call() {
    Catalog catalog = root.catalog();
    List<String> values =
        kind == Kind.MODELS ? CompletionValues.models(catalog) : CompletionValues.orgs(catalog);
    PrintWriter out = root.environment().out();
    values.forEach(out::println);
    return ExitCodes.OK;
  }
}
