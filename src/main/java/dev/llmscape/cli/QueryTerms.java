package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.cli.completion.CatalogCandidates;
import dev.llmscape.model.Model;
import dev.llmscape.query.Criterion;
import dev.llmscape.query.FilterParser;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.QueryEngine;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * An optional filter query (the {@code filter} command's language) for commands that summarise a
 * selection of models: {@code stats org:Meta}, {@code export open:yes -category:chat}.
 */
public final class QueryTerms {
  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      completionCandidates = CatalogCandidates.QueryTerms.class,
      description = "A filter query, as for 'llmscape filter': org:Meta size:>=7B date:2023 ...")
  List<String> terms = new ArrayList<>();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The models {@code list}'s filter options and these terms select together, oldest first. */
  public List<Model> select(Catalog catalog, FilterOptions filters) {
    ModelLookup lookup = new ModelLookup(catalog.index());
    ModelQuery query = ModelQuery.all().with(criteria(lookup, filters.criteria(lookup)));
    return new QueryEngine(catalog.index()).run(query);
  }

  /** The criteria these terms and the options stand for, together. */
  public List<Criterion> criteria(ModelLookup lookup, List<Criterion> fromOptions) {
    rejectOptions(spec.commandLine(), terms);
    List<Criterion> all = new ArrayList<>(fromOptions);
    if (!terms.isEmpty()) {
      all.addAll(
          new FilterParser(FilterParser.Resolver.of(lookup)).parse(FilterParser.join(terms)));
    }
    return all;
  }

  /**
   * Terms may start with '-' (negation), so these commands pass unknown options through as terms
   * (see Main); a term starting with "--" is still a mistyped option.
   */
  static void rejectOptions(CommandLine cmd, List<String> terms) {
    for (String term : terms) {
      if (term.startsWith("--")) {
        throw new UnmatchedArgumentException(cmd, List.of(term));
      }
    }
  }
}
