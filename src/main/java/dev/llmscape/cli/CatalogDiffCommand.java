package dev.llmscape.cli;

import dev.llmscape.catalog.BaseCatalog;
import dev.llmscape.catalog.CatalogDiff;
import dev.llmscape.catalog.CatalogException;
import dev.llmscape.catalog.InstalledCatalogs;
import dev.llmscape.render.CatalogDiffReport;
import dev.llmscape.render.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape catalog diff OLD NEW}: what changed between two catalogs. */
@Command(
    name = "diff",
    sortOptions = false,
    description = {
      "Show the orgs and models added, removed and changed between two catalogs,",
      "field by field. Each side is a catalog file, or 'bundled' (the catalog in the",
      "jar), 'installed' (the one 'catalog update' installed) or 'previous' (the one",
      "before it)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape catalog diff bundled installed",
      "  llmscape catalog diff old.json catalog.json --json | jq '.added[].id'",
      "",
      "Piped, one tab-separated line per entry: added|removed TAB kind TAB id TAB",
      "name, or changed TAB kind TAB id TAB field TAB before TAB after (values as",
      "JSON).",
      "",
      "Exit codes: 0 compared (differences or not), 1 a side cannot be read, 2 usage."
    })
public final class CatalogDiffCommand implements Callable<Integer> {
  @ParentCommand CatalogInfoCommand parent;

  @Parameters(index = "0", paramLabel = "OLD", description = "The catalog before.")
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The catalog after.")
  String after;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.TableOrJson.class,
      description = "Write ${COMPLETION-CANDIDATES} (default: table).")
  OutputFormat format;

  @Option(names = "--json", description = "Print the differences as JSON: -o json (docs/json.md).")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    OutputFormat chosen = OutputFormat.choose(format, json, false, OutputFormat.TABLE);
    LlmscapeCommand root = parent.root;
    CatalogDiff diff;
    try (Side a = open(root, before);
        Side b = open(root, after)) {
      diff = CatalogDiff.of(a.in(), a.name(), b.in(), b.name());
    }
    var out = root.environment().out();
    if (chosen == OutputFormat.JSON) {
      JsonOutput.write(out, gen -> CatalogDiffReport.writeJson(gen, diff));
    } else {
      CatalogDiffReport.print(out, root.terminal(), diff);
    }
    return ExitCodes.OK;
  }

  private record Side(String name, InputStream in) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static Side open(LlmscapeCommand root, String which) throws IOException {
    InstalledCatalogs store = root.installedCatalogs();
    switch (which) {
      case "bundled" -> {
        return new Side("bundled", BaseCatalog.BUNDLED.openJson());
      }
      case "installed", "previous" -> {
        InstalledCatalogs.Installed installed =
            store == null ? null : which.equals("installed") ? store.current() : store.previous();
        if (installed == null) {
          throw new CatalogException(
              which, 0, 0, "no " + which + " catalog (see 'llmscape catalog update')");
        }
        return new Side(which, InstalledCatalogs.open(installed));
      }
      default -> {
        Path path = Path.of(which);
        if (Files.isDirectory(path)) {
          throw new CatalogException(which, 0, 0, "is a directory, not a catalog file");
        }
        try {
          return new Side(which, Files.newInputStream(path));
        } catch (NoSuchFileException e) {
          throw new CatalogException(
              which, 0, 0, "no such file (or say bundled, installed or previous)", e);
        }
      }
    }
  }
}
