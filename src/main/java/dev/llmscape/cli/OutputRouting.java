package dev.llmscape.cli;

import dev.llmscape.render.JqFilter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command; with {@code --jq EXPR}, its JSON goes to a buffer and what the expression makes
 * of it to stdout. jq's classes load only on this path.
 */
final class OutputRouting implements IExecutionStrategy {
  /**
   * The options read here from picocli's parse result rather than by their commands: a line with
   * one of them is left to picocli by {@link DirectRoute}.
   */
  static final java.util.Set<String> READS = java.util.Set.of("--jq", "--no-pager");

  private final LlmscapeCommand root;
  private final IExecutionStrategy next;

  OutputRouting(LlmscapeCommand root, IExecutionStrategy next) {
    this.root = root;
    this.next = next;
  }

  @Override
  public int execute(ParseResult parseResult) {
    ParseResult leaf = parseResult;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
    }
    Pager pager =
        leaf == parseResult || leaf.isUsageHelpRequested()
            ? null
            : Pager.start(
                root.environment(),
                parseResult.subcommand().commandSpec().name(),
                parseResult.hasMatchedOption("--no-pager") || leaf.hasMatchedOption("--no-pager"),
                root.inShell());
    if (pager == null) {
      return runFiltered(parseResult, leaf);
    }
    PrintWriter previous = root.captureOutput(pager.writer());
    try {
      return runFiltered(parseResult, leaf);
    } finally {
      root.captureOutput(previous);
      pager.finish();
    }
  }

  private int runFiltered(ParseResult parseResult, ParseResult leaf) {
    String expression = leaf.matchedOptionValue("--jq", null);
    if (expression == null || leaf.isUsageHelpRequested()) {
      return next.execute(parseResult);
    }
    StringWriter buffer = new StringWriter();
    int exit;
    PrintWriter previous = root.captureOutput(new PrintWriter(buffer));
    try {
      exit = next.execute(parseResult);
    } finally {
      root.captureOutput(previous);
    }
    if (buffer.toString().isBlank()) {
      return exit;
    }
    int filtered = Filter.apply(root, leaf, expression, buffer.toString());
    return filtered == ExitCodes.OK ? exit : filtered;
  }

  /**
   * The jq step, in a class of its own: the verifier loads the exception classes a method catches
   * when its class is linked, and jq's must not load on runs without --jq.
   */
  private static final class Filter {
    static int apply(LlmscapeCommand root, ParseResult leaf, String expression, String json) {
      try {
        JqFilter.apply(expression, json, root.environment().out());
        return ExitCodes.OK;
      } catch (JqFilter.JqException e) {
        if (e.compile()) {
          throw new ParameterException(leaf.commandSpec().commandLine(), "--jq: " + e.getMessage());
        }
        root.environment().err().println("llmscape: --jq: " + e.getMessage());
        return ExitCodes.NOT_FOUND_OR_BAD_DATA;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
