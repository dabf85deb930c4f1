package dev.llmscape.cli;

import dev.llmscape.catalog.BaseCatalog;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.InstalledCatalogs;
import dev.llmscape.query.CatalogSummary;
import dev.llmscape.query.Coverage;
import dev.llmscape.render.CatalogReport;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.JsonOutput;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape catalog}: version, date, counts and changelog of the catalog in use. */
@Command(
    name = "catalog",
    sortOptions = false,
    aliases = "info",
    description = {
      "Describe the catalog in use: version, date, where it came from, counts,",
      "coverage of the format-2 facts and changelog. Its subcommands update, roll",
      "back and compare catalogs."
    },
    subcommands = {
      CatalogUpdateCommand.class,
      CatalogRollbackCommand.class,
      CatalogDiffCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape catalog",
      "  llmscape catalog --json | jq .byYear",
      "  llmscape catalog --json | jq .coverage",
      "  llmscape catalog update         # install a newer signed catalog",
      "  llmscape catalog diff bundled installed",
      "",
      "Exit codes: 0 ok, 1 unreadable or inconsistent catalog, 2 usage."
    })
public final class CatalogInfoCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.TableOrJson.class,
      description = "Write ${COMPLETION-CANDIDATES} (default: table).")
  OutputFormat format;

  @Mixin OutputOptions output;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    output.rejectNoHeader("catalog", "a summary");
    OutputFormat chosen = output.format(format, OutputFormat.TABLE);
    Catalog catalog = root.catalog();
    FieldSelection fields = output.fields(CatalogReport.JSON_FIELDS);
    CatalogSummary summary = CatalogSummary.of(catalog);
    Coverage coverage = Coverage.of(catalog.models());
    var out = root.environment().out();
    CatalogReport.Origin origin = origin(root);
    if (chosen == OutputFormat.JSON) {
      JsonOutput.write(
          out,
          gen ->
              CatalogReport.writeJson(
                  gen, catalog, summary, origin, coverage, sources(root), fields));
    } else {
      CatalogReport.print(out, root.terminal(), catalog, summary, origin, coverage);
    }
    return ExitCodes.OK;
  }

  /** The catalog files in use, bottom layer first, named as validate names them. */
  static java.util.List<String> sources(LlmscapeCommand root) {
    java.util.List<String> sources = new java.util.ArrayList<>();
    if (root.usesBundled()) {
      sources.add(root.baseCatalog().name());
    }
    root.userCatalogs().forEach(f -> sources.add(f.toString()));
    return sources;
  }

  /** Where the base catalog came from: the jar, or an update (with the catalog before it). */
  static CatalogReport.Origin origin(LlmscapeCommand root) {
    BaseCatalog base = root.baseCatalog();
    if (base.isBundled()) {
      return CatalogReport.Origin.BUNDLED;
    }
    InstalledCatalogs.Installed installed = base.installed();
    InstalledCatalogs.Installed previous = root.installedCatalogs().previous();
    return new CatalogReport.Origin(
        "installed",
        installed.source(),
        installed.installedAt(),
        installed.json().toString(),
        previous == null ? null : previous.version());
  }
}
