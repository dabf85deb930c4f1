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
import picocli.CommandLine.ParameterException;
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
    rejectOptions(spec.commandLine(), terms);
    List<Criterion> all = new ArrayList<>(fromOptions);
    if (!terms.isEmpty()) {
      all.addAll(
          new FilterParser(FilterParser.Resolver.of(lookup)).parse(FilterParser.join(terms)));
    }
    return all;
  }

  /**
   * Takes {@code -o FORMAT} out of the terms: the short form of a command's {@code --format}, read
   * here because it cannot be a picocli option. picocli takes any word starting with a declared
   * one-letter option for that option with its value attached, so a declared {@code -o} would read
   * the negated terms {@code -org:Meta} and {@code -open:yes} as {@code -o rg:Meta}. Undeclared,
   * {@code -o} comes through as a term, and no query term is {@code -o} alone.
   *
   * @return the format given, or null when there is none (the last one wins, as for options)
   * @throws ParameterException for {@code -o} without a value or with a value not of {@code type}
   */
  public <E extends Enum<E>> E shortFormat(Class<E> type) {
    E format = null;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      if (!term.equals("-o")) {
        rest.add(term);
        continue;
      }
      if (i + 1 == terms.size()) {
        throw new ParameterException(
            spec.commandLine(), "Missing required parameter for option '-o' (FORMAT)");
      }
      String value = terms.get(++i);
      format = null;
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value)) {
          format = e;
        }
      }
      if (format == null) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
          names.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '-o': expected one of "
                + String.join(", ", names)
                + " but was '"
                + value
                + "'");
      }
    }
    terms = rest;
    return format;
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
    }
  }
}
