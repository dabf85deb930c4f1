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
      parameterConsumer = TermConsumer.class,
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

  /** The models these terms and the options select, in the order and number asked for. */
  public List<Model> select(Catalog catalog, FilterOptions filters, SortOptions sorting) {
    ModelLookup lookup = new ModelLookup(catalog.index());
    ModelQuery query = sorting.query(criteria(lookup, filters.criteria(lookup)));
    return new QueryEngine(catalog.index()).run(query);
  }

  /** The criteria these terms and the options stand for, together. */
  public List<Criterion> criteria(ModelLookup lookup, List<Criterion> fromOptions) {
    rejectOptions(spec, terms);
    List<Criterion> all = new ArrayList<>(fromOptions);
    if (!terms.isEmpty()) {
      all.addAll(
          new FilterParser(FilterParser.Resolver.of(lookup)).parse(FilterParser.join(terms)));
    }
    return all;
  }

  /**
   * Terms may start with '-' (negation), so these commands pass unknown options through as terms
   * (see Main); a term starting with "--" is still a mistyped option. The command's model is read
   * only for a term that starts with '-': a line run by {@link DirectRoute} has none, and no such
   * term either (it leaves those lines to picocli).
   */
  static void rejectOptions(CommandSpec spec, List<String> terms) {
    for (String term : terms) {
      if (!term.startsWith("-")) {
        continue;
      }
      CommandLine cmd = spec.commandLine();
      if (term.startsWith("--")) {
        throw new UnmatchedArgumentException(cmd, List.of(term));
      }
      // "-json" would search for models without the word "json": surely --json was meant.
      if (term.startsWith("-")
          && term.length() > 2
          && cmd.getCommandSpec().findOption("--" + term.substring(1)) != null) {
        throw new CommandLine.ParameterException(
            cmd,
            "'"
                + term
                + "' is not an option: did you mean --"
                + term.substring(1)
                + "? (a term starting with '-' leaves a word out)");
      }
      String glued = gluedShortOption(cmd.getCommandSpec(), term);
      if (glued != null) {
        throw new CommandLine.ParameterException(
            cmd,
            "'"
                + term
                + "' is not an option: did you mean "
                + glued
                + "? (a term starting with '-' leaves a word out)");
      }
    }
  }

  /**
   * {@code -ocsv} or {@code -n5} read as a short option with its value glued on: what a user of
   * other tools means, though here (no clustered options, since {@code -org:Meta} is a term) it
   * would be a negated word. Null unless the rest is a value the option takes.
   */
  private static String gluedShortOption(CommandSpec spec, String term) {
    if (term.length() < 3 || !term.startsWith("-") || term.startsWith("--")) {
      return null;
    }
    var option = spec.findOption(term.substring(0, 2));
    if (option == null || option.arity().max() == 0) {
      return null;
    }
    String rest = term.substring(2);
    boolean takes = rest.chars().allMatch(Character::isDigit) && option.type() == Integer.class;
    if (option.completionCandidates() != null) {
      for (String candidate : option.completionCandidates()) {
        takes |= candidate.equalsIgnoreCase(rest) || ("-" + candidate).equalsIgnoreCase(rest);
      }
    }
    return takes ? term.substring(0, 2) + " " + rest : null;
  }
}
