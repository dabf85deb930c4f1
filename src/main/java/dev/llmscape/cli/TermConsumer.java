package dev.llmscape.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Takes one filter term as it is. picocli would refuse {@code -size:unknown} or {@code -name:llama}
 * as a positional value because they start like the {@code -s} and {@code -n} options; as terms
 * they are negated qualifiers.
 */
final class TermConsumer implements IParameterConsumer {
  @Override
  public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
    List<String> terms = new ArrayList<>(argSpec.<List<String>>getValue());
    terms.add(args.pop());
    argSpec.setValue(terms);
  }
}
