package dev.llmscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The root's model built in code ({@link RootCommandSpec}) is the annotated one ({@link
 * LlmscapeCommand}), read by picocli: the same options, the same help, the same errors and exit
 * codes. Change one without the other and this fails.
 */
class RootCommandSpecTest {

  private static LlmscapeCommand root(StringWriter out, StringWriter err) {
    return new LlmscapeCommand(
        Environment.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), false, 0));
  }

  @Test
  void optionsAreTheAnnotatedOnes() {
    CommandSpec code = RootCommandSpec.of(root(new StringWriter(), new StringWriter()));
    CommandSpec annotated =
        CommandSpec.forAnnotatedObject(root(new StringWriter(), new StringWriter()));
    assertEquals(describe(annotated), describe(code));
  }

  @Test
  void usageMessageSettingsAreTheAnnotatedOnes() {
    UsageMessageSpec code =
        RootCommandSpec.of(root(new StringWriter(), new StringWriter())).usageMessage();
    UsageMessageSpec annotated =
        CommandSpec.forAnnotatedObject(root(new StringWriter(), new StringWriter())).usageMessage();
    assertEquals(usage(annotated), usage(code));
  }

  /** Help, errors, version and exit codes, for the whole tree and for a run's partial one. */
  @Test
  void runsAreTheAnnotatedOnes() {
    List<List<String>> lines =
        List.of(
            List.of(),
            List.of("--help"),
            List.of("-h"),
            List.of("--version"),
            List.of("-V"),
            List.of("--only", "--version"),
            List.of("help"),
            List.of("help", "list"),
            List.of("list", "--help"),
            List.of("--bogus"),
            List.of("--color", "purple", "list"),
            List.of("--color"),
            List.of("--catalog"),
            List.of("--catalog", ""),
            List.of("--only", "list"),
            List.of("lsit"),
            List.of("--verbose", "--color=never", "show", "llama-2"),
            List.of("list", "--org", "Meta", "--color", "always"),
            List.of("--catalog", "missing.json", "list"),
            List.of("show", "--catalog", "missing.json", "llama-2"));
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
    cmd.setExecutionStrategy(CommandLines.printingVersion(new CommandLine.RunLast())); // as Main
    int exit = cmd.execute(args);
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }

  private static List<String> describe(CommandSpec spec) {
    List<String> all = new ArrayList<>();
    all.add("name " + spec.name() + " aliases " + Arrays.toString(spec.aliases()));
    all.add(
        "version " + Arrays.toString(new String[] {spec.versionProvider().getClass().getName()}));
    for (OptionSpec o : spec.options()) {
      List<String> candidates = new ArrayList<>();
      if (o.completionCandidates() != null) {
        o.completionCandidates().forEach(candidates::add);
      }
      all.add(
          String.join(
              " | ",
              Arrays.toString(o.names()),
              "label " + o.paramLabel(),
              "arity " + o.arity(),
              "type " + o.type().getName(),
              "aux " + Arrays.toString(o.auxiliaryTypes()),
              "default " + o.defaultValue(),
              "initial " + o.initialValue(),
              "scope " + o.scopeType(),
              "description " + Arrays.toString(o.description()),
              "candidates " + candidates,
              "consumer "
                  + (o.parameterConsumer() == null ? null : o.parameterConsumer().getClass()),
              "required " + o.required(),
              "hidden " + o.hidden(),
              "usageHelp " + o.usageHelp(),
              "versionHelp " + o.versionHelp(),
              "negatable " + o.negatable(),
              "interactive " + o.interactive(),
              "split " + o.splitRegex(),
              "showDefault " + o.showDefaultValue(),
              "order " + o.order()));
    }
    all.add("positionals " + spec.positionalParameters().size());
    return all;
  }

  private static List<String> usage(UsageMessageSpec u) {
    return List.of(
        "description " + Arrays.toString(u.description()),
        "header " + Arrays.toString(u.header()),
        "footer " + Arrays.toString(u.footer()),
        "footerHeading " + u.footerHeading(),
        "sortOptions " + u.sortOptions(),
        "sortSynopsis " + u.sortSynopsis(),
        "autoWidth " + u.autoWidth(),
        "width " + u.width(),
        "abbreviateSynopsis " + u.abbreviateSynopsis(),
        "showDefaultValues " + u.showDefaultValues(),
        "showEndOfOptionsDelimiter " + u.showEndOfOptionsDelimiterInUsageHelp(),
        "showAtFileInUsageHelp " + u.showAtFileInUsageHelp(),
        "hidden " + u.hidden(),
        "customSynopsis " + Arrays.toString(u.customSynopsis()));
  }
}
