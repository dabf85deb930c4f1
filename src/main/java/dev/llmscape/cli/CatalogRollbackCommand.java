package dev.llmscape.cli;

import dev.llmscape.catalog.BaseCatalog;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.catalog.InstalledCatalogs;
import dev.llmscape.catalog.update.UpdateException;
import dev.llmscape.render.Sanitizer;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape catalog rollback}: back to the catalog in use before the last update. */
@Command(
    name = "rollback",
    sortOptions = false,
    description = {
      "Go back to the catalog in use before the last 'catalog update' (a second",
      "rollback undoes the first). With only one catalog installed, it is set aside",
      "and the bundled catalog is used."
    },
    footer = {"", "Exit codes: 0 rolled back, 1 nothing installed or cannot write, 2 usage."})
public final class CatalogRollbackCommand implements Callable<Integer> {
  @ParentCommand CatalogInfoCommand parent;

  @Override
  public Integer call() {
    LlmscapeCommand root = parent.root;
    InstalledCatalogs store = root.installedCatalogs();
    if (store == null || (store.current() == null && store.previous() == null)) {
      root.environment()
          .err()
          .println(
              "llmscape: nothing to roll back: no catalog is installed (the bundled one is in use)");
      return ExitCodes.NOT_FOUND_OR_BAD_DATA;
    }
    String from = CatalogLoader.base(root.baseCatalog()).version();
    try {
      store.rollback();
    } catch (IOException e) {
      throw new UpdateException("cannot roll back in " + store.dir() + ": " + e.getMessage(), e);
    }
    BaseCatalog now = BaseCatalog.choose(store);
    String version = CatalogLoader.base(now).version();
    root.environment()
        .out()
        .println(
            "Rolled back from catalog "
                + Sanitizer.clean(from)
                + " to "
                + Sanitizer.clean(version)
                + (now.isBundled()
                    ? " (bundled)"
                    : " (installed from "
                        + Sanitizer.clean(String.valueOf(now.installed().source()))
                        + ")"));
    return ExitCodes.OK;
  }
}
