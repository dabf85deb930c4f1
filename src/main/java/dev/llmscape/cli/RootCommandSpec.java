package dev.llmscape.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * picocli's model of the root command, built in code. Every run builds the root, and reading it
 * from {@link LlmscapeCommand}'s annotations costs about a fifth of start-up: reflection over the
 * class and annotation proxies generated at run time, which no class-data archive or AOT cache
 * holds (docs/performance.md). The annotations stay the reference (man pages, docs, tests):
 * RootCommandSpecTest compares this model with the annotated one, option by option, and their help,
 * errors and exit codes, so a change to one that is not made to the other fails the build.
 */
final class RootCommandSpec {
  private RootCommandSpec() {}

  /** The root's model over {@code root}, with its version provider and {@code @Spec} set. */
  static CommandSpec of(LlmscapeCommand root) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(root);
    spec.name("llmscape");
    VersionProvider version = new VersionProvider();
    version.spec = spec;
    spec.versionProvider(version);
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "A command-line atlas of large language models: who built what, when, how big,",
            "how open, and what it was built on. Offline, from a curated catalog bundled in",
            "the tool.")
        .footerHeading("%nExit codes:%n")
        .footer(
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
            "  llmscape --version --json  the versions of llmscape, its catalog and Java");
    spec.addOption(
        OptionSpec.builder("--catalog")
            .paramLabel("FILE")
            .scopeType(ScopeType.INHERIT)
            .parameterConsumer(new LlmscapeCommand.CatalogFiles())
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .description(
                "Lay this catalog file over the bundled one: new models are added, a model with"
                    + " the same id replaces the bundled one (repeatable; later files win; also"
                    + " LLMSCAPE_CATALOG).")
            .initialValue(List.of())
            .hasInitialValue(true)
            .getter(new Field(root, Field.CATALOG))
            .setter(new Field(root, Field.CATALOG))
            .build());
    spec.addOption(
        flag("--only", root, Field.ONLY)
            .scopeType(ScopeType.INHERIT)
            .description(
                "Use only the --catalog (or LLMSCAPE_CATALOG) files, not the bundled catalog.")
            .build());
    spec.addOption(
        OptionSpec.builder("--color")
            .paramLabel("WHEN")
            .scopeType(ScopeType.INHERIT)
            .type(ColorMode.class)
            .defaultValue("auto")
            .completionCandidates(new Candidates.Colors())
            .description("Colour output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .initialValue(ColorMode.AUTO)
            .hasInitialValue(true)
            .getter(new Field(root, Field.COLOR))
            .setter(new Field(root, Field.COLOR))
            .build());
    spec.addOption(
        flag("--no-pager", root, Field.NO_PAGER)
            .paramLabel("<noPager>") // the field's name, as picocli labels it
            .scopeType(ScopeType.INHERIT)
            .description(
                "Print straight to the terminal, without LLMSCAPE_PAGER, PAGER or less -FRX (a"
                    + " pager is never used when the output is piped).")
            .build());
    spec.addOption(
        flag("--verbose", root, Field.VERBOSE)
            .scopeType(ScopeType.INHERIT)
            .description("Show stack traces and catalog warnings.")
            .build());
    // What mixinStandardHelpOptions adds, without reading picocli's own annotated mixin.
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .paramLabel("<helpRequested>")
            .initialValue(false)
            .hasInitialValue(true)
            .description("Show this help message and exit.")
            .type(boolean.class)
            .arity("0")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .paramLabel("<versionRequested>")
            .initialValue(false)
            .hasInitialValue(true)
            .description("Print version information and exit.")
            .type(boolean.class)
            .arity("0")
            .build());
    root.spec = spec;
    return spec;
  }

  private static OptionSpec.Builder flag(String name, LlmscapeCommand root, int field) {
    return OptionSpec.builder(name)
        .paramLabel("<" + name.substring(2) + ">") // as picocli names a field's flag
        .type(boolean.class)
        .arity("0")
        .initialValue(false)
        .hasInitialValue(true)
        .getter(new Field(root, field))
        .setter(new Field(root, field));
  }

  /**
   * One of the root's option fields, read and written directly: the binding picocli would make by
   * reflection. A class rather than lambdas, which {@link IGetter} and {@link ISetter}'s generic
   * methods do not allow.
   */
  private static final class Field implements IGetter, ISetter {
    static final int CATALOG = 0;
    static final int ONLY = 1;
    static final int COLOR = 2;
    static final int VERBOSE = 3;
    static final int NO_PAGER = 4;

    private final LlmscapeCommand root;
    private final int field;

    Field(LlmscapeCommand root, int field) {
      this.root = root;
      this.field = field;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      Object value =
          switch (field) {
            case CATALOG -> root.catalogFiles;
            case ONLY -> root.only;
            case COLOR -> root.color;
            case NO_PAGER -> root.noPager;
            default -> root.verbose;
          };
      return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T old = get();
      switch (field) {
        case CATALOG -> root.catalogFiles = (List<Path>) value;
        case ONLY -> root.only = (Boolean) value;
        case COLOR -> root.color = (ColorMode) value;
        case NO_PAGER -> root.noPager = (Boolean) value;
        default -> root.verbose = (Boolean) value;
      }
      return old;
    }
  }
}
