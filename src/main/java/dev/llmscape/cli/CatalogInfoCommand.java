package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.query.CatalogSummary;
import dev.llmscape.render.CatalogReport;
import dev.llmscape.render.FieldSelection;
import dev.llmscape.render.JsonOutput;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape catalog}: version, date, counts and changelog of the catalog in use. */
@Command(
    name = "catalog",
    aliases = "info",
    description = "Describe the catalog in use: version, date, counts and changelog.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape catalog",
      "  llmscape catalog --json | jq .byYear",
      "",
      "Exit codes: 0 ok, 1 unreadable or inconsistent catalog, 2 usage."
    })
public final class CatalogInfoCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Catalog catalog = root.catalog();
    FieldSelection fields = output.fields(CatalogReport.JSON_FIELDS);
    CatalogSummary summary = CatalogSummary.of(catalog);
    var out = root.environment().out();
    if (output.json()) {
      JsonOutput.write(out, gen -> CatalogReport.writeJson(gen, catalog, summary, fields));
    } else {
      CatalogReport.print(out, root.terminal(), catalog, summary);
    }
    return ExitCodes.OK;
  }
}
