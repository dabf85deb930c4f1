package dev.llmscape.cli;

import dev.llmscape.catalog.BaseCatalog;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogCache;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.catalog.CatalogProblem;
import dev.llmscape.catalog.InstalledCatalogs;
import dev.llmscape.render.Sanitizer;
import dev.llmscape.render.TerminalContext;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
    description = {
      "A command-line atlas of large language models: who built what, when, how big,",
      "how open, and what it was built on. Offline, from a curated catalog bundled in",
      "the tool."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success (an empty result is a success)",
      "  1  not found, or the catalog is unreadable or inconsistent",
      "  2  usage error: unknown command or option, malformed value",
      "",
      "More help:",
      "  llmscape help COMMAND      a command's options, examples and exit codes",
      "  llmscape help environment  the environment variables llmscape reads",
      "                             (LLMSCAPE_CATALOG, NO_COLOR, PAGER, ...)",
      "  llmscape help formatting   output formats, colour, width, --json, --jq,",
      "                             and how dates, sizes and ranges are written",
      "  llmscape --version --json  the versions of llmscape, its catalog and Java"
    })
public final class LlmscapeCommand implements Runnable {
  private final Environment environment;
  private PrintWriter capture;
  private Catalog catalog;
  private String catalogKey;
  private BaseCatalog base;
  private LlmscapeCommand sessionDefaults;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      parameterConsumer = CatalogFiles.class,
      description =
          "Lay this catalog file over the bundled one: new models are added, a model with the same"
              + " id replaces the bundled one (repeatable; later files win; also LLMSCAPE_CATALOG).")
  List<Path> catalogFiles = List.of();

  /**
   * Adds each --catalog file to the root's list, wherever on the line it is given. picocli starts
   * an inherited list afresh when the option first appears after the command, which would drop the
   * files given before it ({@code --catalog a.json list --catalog b.json}).
   */
  static final class CatalogFiles implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
      if (args.isEmpty()) {
        throw new MissingParameterException(
            commandSpec.commandLine(),
            argSpec,
            "Missing required parameter for option '--catalog' (FILE)");
      }
      String file = args.pop();
      if (file.isBlank()) {
        throw new ParameterException(commandSpec.commandLine(), "--catalog needs a file name");
      }
      LlmscapeCommand root = (LlmscapeCommand) commandSpec.root().userObject();
      // A new list each time: picocli resets the field to its initial (empty) list before each
      // parse, so a shell line never sees the files of the line before.
      List<Path> files = new ArrayList<>(root.catalogFiles);
      files.add(Path.of(file));
      root.catalogFiles = List.copyOf(files);
    }
  }

  @Option(
      names = "--only",
      scope = ScopeType.INHERIT,
      description = "Use only the --catalog (or LLMSCAPE_CATALOG) files, not the bundled catalog.")
  boolean only;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      defaultValue = "auto",
      completionCandidates = Candidates.Colors.class,
      description = "Colour output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = "--no-pager",
      scope = ScopeType.INHERIT,
      description =
          "Print straight to the terminal, without LLMSCAPE_PAGER, PAGER or less -FRX (a pager"
              + " is never used when the output is piped).")
  boolean noPager;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces and catalog warnings.")
  boolean verbose;

  @picocli.CommandLine.Spec CommandSpec spec;

  public LlmscapeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(environment.out());
  }

  public Environment environment() {
    if (capture != null) {
      return new Environment(
          capture,
          environment.err(),
          environment.env(),
          environment.stdoutTty(),
          environment.columns(),
          environment.outputFailure());
    }
    return environment;
  }

  /**
   * Sends commands' output to {@code buffer} (a pager, or --jq's input), or back to stdout on null.
   *
   * @return the capture this one replaces, to restore afterwards
   */
  PrintWriter captureOutput(PrintWriter buffer) {
    PrintWriter previous = capture;
    this.capture = buffer;
    return previous;
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

  /** Where {@code llmscape catalog update} installs catalogs, or null without a home. */
  public InstalledCatalogs installedCatalogs() {
    return InstalledCatalogs.inUserDataDir(
        environment.getenv("XDG_DATA_HOME"), environment.getenv("HOME"));
  }

  /**
   * The catalog this run starts from: the bundled one, or a newer one installed by {@code catalog
   * update}. Chosen once per run.
   */
  public BaseCatalog baseCatalog() {
    if (base == null) {
      base = BaseCatalog.choose(installedCatalogs());
    }
    return base;
  }

  /**
   * The catalog for this run, read on first use: the base one (bundled or installed), with the
   * user's files (--catalog, else LLMSCAPE_CATALOG) laid over it, or those files alone with --only.
   * Overrides are noted with --verbose; names that a user file makes ambiguous are always warned
   * about.
   */
  public Catalog catalog() {
    List<Path> files = userCatalogs();
    // The shell runs many command lines through one instance: reload only when the files change.
    String key = files + (usesBundled() ? "" : " only");
    if (catalog == null || !key.equals(catalogKey)) {
      catalogKey = key;
      if (files.isEmpty()) {
        catalog = CatalogLoader.base(baseCatalog());
      } else {
        // Big files are answered from the cache of their binary form, merged and checked.
        CatalogLoader.Layered layered =
            CatalogLoader.layered(files, usesBundled() ? baseCatalog() : null, cache());
        catalog = layered.catalog();
        if (verbose) {
          layered.overrides().forEach(this::report);
        }
        reportSummarised(layered.conflicts());
      }
      if (verbose) {
        catalog.warnings().forEach(w -> say("warning", w));
      }
    }
    return catalog;
  }

  /**
   * The user's catalog files, in layering order: --catalog, else LLMSCAPE_CATALOG.
   *
   * @throws UsageError for --only without any file
   */
  public List<Path> userCatalogs() {
    List<Path> files = new ArrayList<>(catalogFiles);
    if (files.isEmpty() && sessionDefaults != null) {
      files.addAll(sessionDefaults.userCatalogs()); // the shell's own --catalog files
    }
    String env = environment.getenv("LLMSCAPE_CATALOG");
    if (files.isEmpty() && env != null) {
      for (String part : env.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
        if (!part.isBlank()) {
          files.add(Path.of(part));
        }
      }
    }
    if (only && files.isEmpty()) {
      throw new UsageError("--only needs a catalog file: --catalog FILE or LLMSCAPE_CATALOG", true);
    }
    return files;
  }

  /** Whether the bundled catalog is part of this run's catalog. */
  public boolean usesBundled() {
    return !only && (sessionDefaults == null || sessionDefaults.usesBundled());
  }

  /**
   * Makes a shell session's command lines default to the catalogs chosen when the shell started
   * ({@code llmscape --catalog mine.json shell}); a line's own --catalog still wins.
   */
  void useSessionDefaults(LlmscapeCommand outer) {
    this.sessionDefaults = outer;
  }

  /** Whether this runs a line of {@code llmscape shell}, where commands are typed without it. */
  boolean inShell() {
    return sessionDefaults != null;
  }

  /** At most this many name warnings are printed on every run; validate lists them all. */
  private static final int MAX_WARNINGS = 10;

  private void reportSummarised(List<CatalogProblem> warnings) {
    warnings.stream().limit(MAX_WARNINGS).forEach(this::report);
    if (warnings.size() > MAX_WARNINGS) {
      say(
          "warning",
          String.format(
              "and %,d more names that find two models ('llmscape validate' lists them all)",
              warnings.size() - MAX_WARNINGS));
    }
  }

  private void report(CatalogProblem p) {
    say(p.severity().word(), p.where() + ": " + p.subjectAndMessage());
  }

  private void say(String kind, String message) {
    environment.err().println("llmscape: " + kind + ": " + Sanitizer.clean(message));
  }
}
