package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version and the version and date of the catalog in use. */
public final class VersionProvider implements IVersionProvider {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public String[] getVersion() {
    String tool = LlmscapeCommand.class.getPackage().getImplementationVersion();
    LlmscapeCommand root = (LlmscapeCommand) spec.root().userObject();
    Catalog catalog = root.catalog();
    return new String[] {
      "llmscape " + (tool == null ? "dev" : tool),
      "catalog "
          + catalog.version()
          + " ("
          + catalog.date()
          + ", "
          + catalog.models().size()
          + " models"
          + (root.baseCatalog().isBundled() || !root.userCatalogs().isEmpty()
              ? ""
              : ", installed from " + root.baseCatalog().installed().source().replace("%", "%%"))
          + ")"
    };
  }
}
