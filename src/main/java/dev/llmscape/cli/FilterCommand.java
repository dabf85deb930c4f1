package dev.llmscape.cli;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.cli.completion.CatalogCandidates;
import dev.llmscape.model.Model;
import dev.llmscape.query.FilterParser;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.QueryEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code llmscape filter QUERY...}: models matching a GitHub-style search expression. */
@Command(
    name = "filter",
    aliases = "search",
    sortOptions = false,
    description = {
      "List the models matching a query of qualifiers and words.",
      "Terms are ANDed, OR joins two alternatives, a leading '-' leaves a term out,",
      "and double quotes keep spaces in a value: org:\"Google DeepMind\"."
    },
    footerHeading = "%nQualifiers:%n",
    footer = {
      "  org:NAME         org or family, by name or alias (Google covers DeepMind)",
      "  open:yes|no|unknown",
      "  size:SIZE        7B, >=7B, <1B, 7B..70B, ..1B, 100B.., unknown (K M B T);",
      "                   a model released in several sizes matches if any size does",
      "  date:DATE        2023, 2023-06, >=2023-06, <2024, 2022-01..2023-06, unknown",
      "  category:NAME    foundation, instruction, chat, code, reasoning, multimodal,",
      "                   framework",
      "  access:CLASS,... open, open-restricted, open-noncommercial, api, hosted,",
      "                   unreleased, unknown",
      "  commercial:yes|no  yes: open, open-restricted and api",
      "  arch:KIND,...    dense, moe, ssm, hybrid, undisclosed, unknown",
      "  active:SIZE      active parameters of a mixture of experts, as size:",
      "  context:TOKENS   context window: 128k, >=128k, 32k..200k, unknown",
      "  input:M output:M modality:M  text, image, audio, video, pdf, unknown",
      "  cutoff:DATE      knowledge cut-off, as date:",
      "  announced:DATE   announcement date, as date: (date: falls back to it)",
      "  tokens:TOKENS    training tokens: >=10T",
      "  compute:FLOP     training compute: >=1e25, 1e23..1e25",
      "  license:TEXT     part of the licence name, any case",
      "  base:NAME        models derived directly from NAME",
      "  from:NAME        every model descending from NAME",
      "  name:TEXT        part of a name, alias or Chinese name",
      "  in:notes         words search the notes too (in:name: names only, the default)",
      "  WORD             part of a name, alias or Chinese name, as name:WORD",
      "",
      "Examples:",
      "  llmscape filter org:Google size:'>=100B'",
      "  llmscape filter open:no date:2023",
      "  llmscape filter org:Meta OR org:Mistral -category:chat",
      "  llmscape filter from:LLaMA open:yes --sort size --json",
      "  llmscape filter org:\"Google DeepMind\" date:2024..",
      "  llmscape filter input:image context:>=128k access:open,open-restricted",
      "  llmscape filter arch:moe active:<=20B --sort active",
      "",
      "Exit codes: 0 ok (also when nothing matches), 1 unknown org or model name,",
      "2 malformed query (the query is echoed with a caret under the bad part)."
    })
public final class FilterCommand implements Callable<Integer> {
  @ParentCommand LlmscapeCommand root;
  @Mixin SortOptions sorting;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      parameterConsumer = OutputFormat.Consumer.class,
      completionCandidates = OutputFormat.Listing.class,
      description =
          "Write ${COMPLETION-CANDIDATES} (default: table; json, csv and tsv have the fields of docs/json.md).")
  OutputFormat format;

  @Mixin OutputOptions output;

  @Parameters(
      arity = "1..*",
      paramLabel = "TERM",
      completionCandidates = CatalogCandidates.QueryTerms.class,
      parameterConsumer = TermConsumer.class,
      description = "Qualifiers such as org:Meta size:>=7B, or words to search for.")
  List<String> terms = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QueryTerms.rejectOptions(spec, terms);
    OutputFormat chosen = output.format(format, OutputFormat.TABLE);
    Catalog catalog = root.catalog();
    List<Model> models =
        new QueryEngine(catalog.index()).run(query(new ModelLookup(catalog.index())));
    Results.print(root, output, sorting, catalog, models, chosen);
    return ExitCodes.OK;
  }

  /** The query these terms and options stand for. */
  ModelQuery query(ModelLookup lookup) {
    FilterParser parser = new FilterParser(FilterParser.Resolver.of(lookup));
    return sorting.query(parser.parse(FilterParser.join(terms)));
  }
}
