package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.render.Sanitizer;
import dev.llmscape.render.VersionJson;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the tool's version and the version and date of the catalog in use. Printed by
 * {@link #print} rather than by picocli, which would read a user catalog's version as markup
 * ({@code @|bold ...|@}) and as a format ({@code %n}).
 */
public final class VersionProvider implements IVersionProvider {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The root command whose catalog is described: set by {@link #print(LlmscapeCommand, PrintWriter,
   * boolean)}, else picocli's root of {@link #spec}.
   */
  private LlmscapeCommand root;

  /** Prints the version lines as plain, sanitised text, or with {@code json} as a JSON object. */
  static int print(CommandLine cmd, boolean json) {
    try {
      return print((LlmscapeCommand) cmd.getCommandSpec().root().userObject(), cmd.getOut(), json);
    } catch (RuntimeException e) { // a bad catalog, --only without a file: reported as usual
      throw new CommandLine.ExecutionException(cmd, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * The same, without picocli's model: for {@link DirectRoute}.
   *
   * @throws RuntimeException for a bad catalog or --only without a file, to be reported as usual
   */
  static int print(LlmscapeCommand root, PrintWriter out, boolean json) {
    VersionProvider provider = new VersionProvider();
    provider.root = root;
    if (json) {
      provider.json().print(out);
      return ExitCodes.OK;
    }
    for (String line : provider.lines()) {
      out.println(Sanitizer.clean(line));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private LlmscapeCommand root() {
    return root != null ? root : (LlmscapeCommand) spec.root().userObject();
  }

  /**
   * For picocli (man pages): the same lines with picocli's format and markup characters escaped.
   */
  @Override
  public String[] getVersion() {
    return java.util.Arrays.stream(lines())
        .map(l -> Sanitizer.clean(l).replace("%", "%%").replace("@|", "@ |"))
        .toArray(String[]::new);
  }

  private VersionJson json() {
    LlmscapeCommand root = root();
    Catalog catalog = root.catalog();
    boolean installed = !root.baseCatalog().isBundled() && root.userCatalogs().isEmpty();
    return new VersionJson(
        toolVersion(),
        catalog.version(),
        catalog.date().toString(),
        catalog.index().size(),
        catalog.source(),
        installed ? root.baseCatalog().installed().source() : null);
  }

  private static String toolVersion() {
    String tool = LlmscapeCommand.class.getPackage().getImplementationVersion();
    return tool == null ? "dev" : tool;
  }

  private String[] lines() {
    LlmscapeCommand root = root();
    Catalog catalog = root.catalog();
    return new String[] {
      "llmscape " + toolVersion(),
      "catalog "
          + catalog.version()
          + " ("
          + catalog.date()
          + ", "
          + catalog.index().size() // a count, without decoding every model of a binary catalog
          + " models"
          + (root.baseCatalog().isBundled() || !root.userCatalogs().isEmpty()
              ? ""
              : ", installed from " + root.baseCatalog().installed().source().replace("%", "%%"))
          + ")"
    };
  }
}
