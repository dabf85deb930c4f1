package dev.llmscape.cli;

import dev.llmscape.query.Criterion;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.SortKey;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Order and size of a listing, shared by the listing commands. */
public final class SortOptions {
  /** A sort key and its direction: {@code date} ascending, {@code -date} descending. */
  record Order(SortKey key, boolean descending) {}

  /** Reads {@code KEY} or {@code -KEY} (descending), as gh and kubectl write a reversed sort. */
  static final class OrderConverter implements ITypeConverter<Order> {
    @Override
    public Order convert(String value) {
      String v = value.strip();
      boolean descending = v.startsWith("-");
      String key = descending ? v.substring(1) : v;
      for (SortKey k : SortKey.values()) {
        if (k.id().equals(key.toLowerCase(Locale.ROOT))) {
          return new Order(k, descending);
        }
      }
      List<String> keys = new java.util.ArrayList<>();
      for (SortKey k : SortKey.values()) {
        keys.add(k.id());
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a sort key ("
              + String.join(", ", keys)
              + "; '-date' for descending)");
    }
  }

  /**
   * Takes the next word as the key even when it starts with '-': picocli would read {@code -size}
   * as the {@code -s} option given again.
   */
  static final class OrderConsumer implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
      if (args.isEmpty()) {
        throw new MissingParameterException(
            commandSpec.commandLine(), argSpec, "--sort needs a key: date, size, name or org");
      }
      try {
        argSpec.setValue(new OrderConverter().convert(args.pop()));
      } catch (TypeConversionException e) {
        throw new ParameterException(commandSpec.commandLine(), e.getMessage());
      }
    }
  }

  @Option(
      names = {"-s", "--sort"},
      paramLabel = "KEY",
      parameterConsumer = OrderConsumer.class,
      completionCandidates = Candidates.Sorts.class,
      description =
          "Order by ${COMPLETION-CANDIDATES}; -KEY for descending, as -date (default: date,"
              + " oldest first; with --limit alone, the newest first).")
  Order sort;

  @Option(names = "--reverse", description = "Reverse the order.")
  boolean reverse;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      description = "Show at most N models (without --sort: the N newest).")
  Integer limit;

  /** Whether --limit 0 asked for no rows at all (so an empty result says nothing about matches). */
  boolean limitsToNothing() {
    return limit != null && limit == 0;
  }

  /**
   * The query with these criteria in this order. A limit without a sort keeps the newest models,
   * newest first: {@code list --limit 10} means the latest ten, as in gh and git log.
   */
  public ModelQuery query(List<Criterion> criteria) {
    if (limit != null && limit < 0) {
      throw new TypeConversionException("--limit must be 0 or more");
    }
    Order order = sort != null ? sort : new Order(SortKey.DATE, limit != null);
    return new ModelQuery(criteria, order.key(), order.descending() != reverse, limit);
  }
}
