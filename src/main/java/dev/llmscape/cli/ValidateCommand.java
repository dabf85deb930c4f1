package dev.llmscape.cli;

import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.catalog.CatalogReader;
import dev.llmscape.catalog.CatalogValidator;
import dev.llmscape.render.JsonOutput;
import dev.llmscape.render.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape validate [FILE]}: every problem of a catalog, for contributors and CI. */
@Command(
    name = "validate",
    sortOptions = false,
    description =
        "Check a catalog against the schema and the catalog's rules, reporting every problem with"
            + " its file, line, column and model. Without FILE: the catalog in use (the bundled"
            + " one, with any --catalog files laid over it).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape validate                     # the bundled catalog",
      "  llmscape validate catalog.json        # a catalog file, before a pull request",
      "  llmscape --catalog mine.json validate # your file laid over the bundled one",
      "  llmscape validate catalog.json --json # for CI",
      "",
      "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage."
    })
public final class ValidateCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "A whole catalog file to check by itself.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.TableOrJson.class,
      description = "Write ${COMPLETION-CANDIDATES} (default: table).")
  OutputFormat format;

  @Option(names = "--json", description = "Print the report as JSON: -o json (docs/json.md).")
  boolean json;

  @picocli.CommandLine.Mixin JqOption jq;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat chosen = OutputFormat.choose(format, json, jq.given(), OutputFormat.TABLE);
    List<CatalogReader.Checked> layers = new ArrayList<>();
    if (file != null) {
      layers.add(CatalogLoader.checkFile(file));
    } else {
      List<Path> user = root.userCatalogs();
      if (root.usesBundled()) {
        layers.add(CatalogLoader.checkBase(root.baseCatalog()));
      }
      user.forEach(f -> layers.add(CatalogLoader.checkFile(f)));
    }
    CatalogValidator.Report report = CatalogValidator.check(layers);
    var out = root.environment().out();
    if (chosen == OutputFormat.JSON) {
      JsonOutput.write(out, gen -> ValidationReport.writeJson(gen, report));
    } else {
      ValidationReport.print(out, root.terminal(), report);
    }
    return report.errors() > 0 ? ExitCodes.NOT_FOUND_OR_BAD_DATA : ExitCodes.OK;
  }
}
