package dev.llmscape.cli;

import dev.llmscape.query.Criterion;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.SortKey;
import java.util.List;
import picocli.CommandLine.Option;

/** Order and size of a listing, shared by the listing commands. */
public final class SortOptions {
  @Option(
      names = "--sort",
      paramLabel = "KEY",
      defaultValue = "date",
      completionCandidates = Candidates.Sorts.class,
      description = "Order by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SortKey sort = SortKey.DATE;

  @Option(names = "--reverse", description = "Reverse the order.")
  boolean reverse;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N models.")
  Integer limit;

  /** Whether --limit 0 asked for no rows at all (so an empty result says nothing about matches). */
  boolean limitsToNothing() {
    return limit != null && limit == 0;
  }

  /** The query with these criteria in this order. */
  public ModelQuery query(List<Criterion> criteria) {
    if (limit != null && limit < 0) {
      throw new picocli.CommandLine.TypeConversionException("--limit must be 0 or more");
    }
    return new ModelQuery(criteria, sort, reverse, limit);
  }
}
