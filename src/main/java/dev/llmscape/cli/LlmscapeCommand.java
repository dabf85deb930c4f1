package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogCache;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.render.TerminalContext;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command: global options and the state every subcommand shares. Its subcommands are in
 * {@link CommandRegistry}, which adds only those a run needs.
 */
@Command(
    name = "llmscape",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "A command-line atlas of large language models: who built what, when, how big, how open,",
      "and what it was built on. Offline, from a curated catalog bundled in the tool."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success (an empty result is a success)",
      "  1  not found, or the catalog is unreadable or inconsistent",
      "  2  usage error: unknown command or option, malformed value",
      "",
      "Environment: LLMSCAPE_CATALOG (a catalog file to use), NO_COLOR, CLICOLOR_FORCE."
    })
public final class LlmscapeCommand implements Runnable {
  private final Environment environment;
  private Catalog catalog;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "Read this catalog file instead of the bundled one (also LLMSCAPE_CATALOG).")
  Path catalogFile;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      defaultValue = "auto",
      completionCandidates = Candidates.Colors.class,
      description = "Colour output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces and catalog warnings.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public LlmscapeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(environment.out());
  }

  public Environment environment() {
    return environment;
  }

  public boolean verbose() {
    return verbose;
  }

  public TerminalContext terminal() {
    return environment.terminal(color);
  }

  /** The cache of big user catalogs, unless LLMSCAPE_NO_CACHE is set or there is no home. */
  private CatalogCache cache() {
    if (environment.getenv("LLMSCAPE_NO_CACHE") != null) {
      return null;
    }
    return CatalogCache.inUserCacheDir(
        environment.getenv("XDG_CACHE_HOME"), environment.getenv("HOME"));
  }

  /**
   * The catalog for this run, read on first use: --catalog, then LLMSCAPE_CATALOG, else bundled.
   */
  public Catalog catalog() {
    if (catalog == null) {
      Path file = catalogFile;
      if (file == null && environment.getenv("LLMSCAPE_CATALOG") != null) {
        file = Path.of(environment.getenv("LLMSCAPE_CATALOG"));
      }
      catalog = file == null ? CatalogLoader.bundled() : CatalogLoader.file(file, cache());
      if (verbose) {
        catalog.warnings().forEach(w -> environment.err().println("llmscape: warning: " + w));
      }
    }
    return catalog;
  }
}
