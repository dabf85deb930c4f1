package dev.llmscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The subcommands' models generated at build time ({@link CommandSpecSource}, compiled into {@code
 * GeneratedCommandSpecs}) are the annotated ones, as picocli reads them: every command and nested
 * command, every option, positional parameter, group and mixin with all their attributes, and the
 * help, errors and exit codes of command lines built both ways.
 */
class GeneratedCommandSpecsTest {

  private static LlmscapeCommand root(StringWriter out, StringWriter err) {
    return new LlmscapeCommand(
        Environment.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), false, 0));
  }

  private static CommandLine tree(boolean annotations) {
    LlmscapeCommand root = root(new StringWriter(), new StringWriter());
    return annotations
        ? CommandLines.fromAnnotations(root, CommandRegistry.COMMANDS)
        : CommandLines.create(root, CommandRegistry.COMMANDS);
  }

  /** A run builds its command from the generated model, not from the annotations. */
  @Test
  void theBuildGeneratedEveryCommandsModel() {
    SpecBindings.Models models = SpecBindings.generated();
    assertNotNull(models, "GeneratedCommandSpecs is missing: run the build (mvn process-classes)");
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      CommandSpec spec = models.build(e.name(), null, CommandLine.defaultFactory());
      assertNotNull(spec, e.name());
      assertEquals(e.type(), spec.userObject().getClass(), e.name());
      // Built in code, so picocli did not record the annotated fields.
      assertTrue(
          spec.options().stream().allMatch(o -> o.userObject() == null),
          e.name() + " was read from annotations");
    }
  }

  @Test
  void everyModelIsTheAnnotatedOne() {
    List<String> annotated = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    describeTree(tree(true), annotated);
    describeTree(tree(false), generated);
    // Line by line, so that a failure names the attribute.
    for (int i = 0; i < Math.min(annotated.size(), generated.size()); i++) {
      assertEquals(annotated.get(i), generated.get(i));
    }
    assertEquals(annotated.size(), generated.size());
  }

  /** Every command's help, both ways, and lines that exercise groups, mixins and converters. */
  @Test
  void runsAreTheAnnotatedOnes() {
    List<List<String>> lines = new ArrayList<>();
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      lines.add(List.of("help", e.name()));
      lines.add(List.of(e.name(), "--help"));
    }
    lines.addAll(
        List.of(
            List.of("catalog", "update", "--help"),
            List.of("catalog", "rollback", "--help"),
            List.of("catalog", "diff", "--help"),
            List.of("list", "--open", "--closed"),
            List.of("list", "--since", "2024-13"),
            List.of("list", "--min-size", "big"),
            List.of("list", "--sort", "weight"),
            List.of("list", "--sort"),
            List.of("list", "--category", "poetry"),
            List.of("list", "--access", "open,nope"),
            List.of("list", "--bogus"),
            List.of("list", "--org"),
            List.of("show"),
            List.of("show", "--fields", "nope", "llama-2"),
            List.of("lineage", "llama", "--up", "--down"),
            List.of("lineage", "llama", "--format", "png"),
            List.of("lineage", "llama", "--format", "dot", "--json"),
            List.of("landscape", "--format", "nope"),
            List.of("lineage"),
            List.of("filter"),
            List.of("filter", "-json"),
            List.of("compare", "llama"),
            List.of("stats", "--by", "nothing"),
            List.of("export", "--format", "nope"),
            List.of("completion", "tcsh"),
            List.of("validate", "--bogus")));
    for (List<String> line : lines) {
      String[] args = line.toArray(new String[0]);
      assertEquals(
          run(args, CommandLines::fromAnnotations),
          run(args, CommandLines::create),
          line.toString());
    }
  }

  private static String run(
      String[] args,
      BiFunction<LlmscapeCommand, List<CommandRegistry.Entry>, CommandLine> commandLine) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = commandLine.apply(root(out, err), CommandRegistry.needed(args));
    // Usage errors only: nothing reads the catalog before the parse has succeeded.
    cmd.setExecutionStrategy(
        CommandLines.printingVersion(
            parsed -> {
              CommandLine.ParseResult leaf = parsed;
              while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
              }
              return leaf.isUsageHelpRequested() || leaf.commandSpec().helpCommand()
                  ? new CommandLine.RunLast().execute(parsed)
                  : 0;
            }));
    int exit = cmd.execute(args);
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }

  private static void describeTree(CommandLine cmd, List<String> into) {
    for (CommandLine sub : new LinkedHashSet<>(cmd.getSubcommands().values())) {
      describe(sub.getCommandSpec(), into);
      describeTree(sub, into);
    }
  }

  private static void describe(CommandSpec spec, List<String> all) {
    String name = spec.qualifiedName();
    all.add(
        name
            + " | aliases "
            + Arrays.toString(spec.aliases())
            + " | type "
            + spec.userObject().getClass().getName()
            + " | helpCommand "
            + spec.helpCommand()
            + " | exit codes "
            + List.of(
                spec.exitCodeOnSuccess(),
                spec.exitCodeOnUsageHelp(),
                spec.exitCodeOnVersionHelp(),
                spec.exitCodeOnInvalidInput(),
                spec.exitCodeOnExecutionException())
            + " | scope "
            + spec.scopeType()
            + " | version "
            + Arrays.toString(spec.version())
            + " | subcommands "
            + spec.subcommands().keySet()
            + " | mixins "
            + mixins(spec)
            + " | parent injected "
            + parentInjected(spec));
    all.addAll(usage(name, spec.usageMessage()));
    for (OptionSpec o : spec.options()) {
      if (o.inherited()) {
        // The root's options, copied into each command: RootCommandSpecTest checks them.
        all.add(name + " inherits " + Arrays.toString(o.names()));
        continue;
      }
      all.add(name + " option " + arg(o) + " | " + option(o));
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      all.add(
          name
              + " positional "
              + arg(p)
              + " | index "
              + p.index()
              + " "
              + p.index().isUnspecified());
    }
    for (ArgGroupSpec g : spec.argGroups()) {
      all.add(
          name
              + " group "
              + g.synopsis()
              + " | exclusive "
              + g.exclusive()
              + " | multiplicity "
              + g.multiplicity()
              + " | validate "
              + g.validate()
              + " | order "
              + g.order()
              + " | heading "
              + g.heading()
              + " | type "
              + g.typeInfo().getType().getName()
              + " | args "
              + g.args().stream().map(ArgSpec::paramLabel).toList()
              + g.args().stream()
                  .map(a -> a instanceof OptionSpec o ? o.longestName() : a.paramLabel())
                  .toList()
              + " | subgroups "
              + g.subgroups().size());
    }
  }

  private static List<String> mixins(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    spec.mixins()
        .forEach(
            (n, m) ->
                names.add(
                    n
                        + "="
                        + m.userObject().getClass().getSimpleName()
                        + " "
                        + m
                        + " "
                        + mixins(m)));
    return names;
  }

  /** The @ParentCommand field of commands that have one holds the parent's object. */
  private static String parentInjected(CommandSpec spec) {
    for (var f : spec.userObject().getClass().getDeclaredFields()) {
      if (f.isAnnotationPresent(CommandLine.ParentCommand.class)) {
        try {
          f.setAccessible(true);
          return String.valueOf(f.get(spec.userObject()) == spec.parent().userObject());
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return "none";
  }

  private static String arg(ArgSpec a) {
    List<String> candidates = new ArrayList<>();
    if (a.completionCandidates() != null) {
      a.completionCandidates().forEach(candidates::add);
    }
    List<String> converters = new ArrayList<>();
    if (a.converters() != null) {
      Arrays.stream(a.converters()).forEach(c -> converters.add(c.getClass().getName()));
    }
    // A group's options start from a new group object, which picocli makes when one is given:
    // the annotated model has no value before then, the generated one that object's.
    Object initial = a.group() == null ? a.initialValue() : "(from a new group object)";
    Object now;
    try {
      now = a.group() == null ? a.getValue() : "(no group object yet)";
    } catch (RuntimeException e) {
      now = e.getClass().getName();
    }
    return String.join(
        " | ",
        "label " + a.paramLabel(),
        "arity " + a.arity() + " " + a.arity().isUnspecified(),
        "type " + a.type().getName(),
        "aux " + Arrays.toString(a.auxiliaryTypes()),
        "multi " + a.typeInfo().isMultiValue() + a.typeInfo().isCollection() + a.isMultiValue(),
        "enum " + a.typeInfo().isEnum() + a.typeInfo().getEnumConstantNames(),
        "default " + a.defaultValue(),
        "initial " + (initial == null ? null : initial.getClass().getName() + " " + initial),
        "hasInitial " + a.hasInitialValue(),
        "scope " + a.scopeType(),
        "description " + Arrays.toString(a.description()),
        "descriptionKey " + a.descriptionKey(),
        "candidates " + candidates,
        "converters " + converters,
        "consumer " + (a.parameterConsumer() == null ? null : a.parameterConsumer().getClass()),
        "required " + a.required(),
        "hidden " + a.hidden(),
        "interactive " + a.interactive(),
        "split " + a.splitRegex() + " " + a.splitRegexSynopsisLabel(),
        "showDefault " + a.showDefaultValue(),
        "hideParamSyntax " + a.hideParamSyntax(),
        "inherited " + a.inherited(),
        "group " + (a.group() == null ? null : a.group().synopsis()),
        "toString " + a,
        "value now " + now);
  }

  private static String option(OptionSpec o) {
    return String.join(
        " | ",
        "names " + Arrays.toString(o.names()),
        "usageHelp " + o.usageHelp(),
        "versionHelp " + o.versionHelp(),
        "help " + o.help(),
        "negatable " + o.negatable(),
        "fallback " + o.fallbackValue(),
        "order " + o.order());
  }

  private static List<String> usage(String name, UsageMessageSpec u) {
    return List.of(
        name + " usage description " + Arrays.toString(u.description()),
        name + " usage header " + Arrays.toString(u.header()) + " " + u.headerHeading(),
        name + " usage footer " + Arrays.toString(u.footer()) + " " + u.footerHeading(),
        name + " usage synopsis " + u.synopsisHeading() + Arrays.toString(u.customSynopsis()),
        name
            + " usage headings "
            + u.descriptionHeading()
            + u.parameterListHeading()
            + u.optionListHeading()
            + u.commandListHeading()
            + u.exitCodeListHeading(),
        name
            + " usage settings "
            + List.of(
                u.sortOptions(),
                u.sortSynopsis(),
                u.abbreviateSynopsis(),
                u.showDefaultValues(),
                u.showEndOfOptionsDelimiterInUsageHelp(),
                u.showAtFileInUsageHelp(),
                u.hidden(),
                u.autoWidth(),
                u.width(),
                u.longOptionsMaxWidth(),
                u.adjustLineBreaksForWideCJKCharacters(),
                String.valueOf(u.requiredOptionMarker()),
                u.synopsisSubcommandLabel(),
                u.exitCodeList()));
  }

  /** The generated source is in the build's output, where the build step writes it. */
  @Test
  void theGeneratedSourceIsWhatTheGeneratorWritesNow() throws Exception {
    Path written =
        Path.of(
            "target/generated-sources/command-specs/dev/llmscape/cli/GeneratedCommandSpecs.java");
    assertTrue(Files.exists(written), written.toString());
    assertEquals(CommandSpecSource.source(), Files.readString(written));
  }
}
