package dev.llmscape.cli;

import dev.llmscape.cli.completion.CatalogCandidates;
import dev.llmscape.model.Access;
import dev.llmscape.model.Category;
import dev.llmscape.model.Modality;
import dev.llmscape.model.Openness;
import dev.llmscape.model.ReleaseDate;
import dev.llmscape.query.Criterion;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.NumericFact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code list}'s filters, turned into query criteria. */
public final class FilterOptions {
  @Option(
      names = "--org",
      paramLabel = "ORG",
      completionCandidates = CatalogCandidates.OrgNames.class,
      description =
          "Only models of this org or family, by name or alias (repeatable: any of them).")
  List<String> orgs = new ArrayList<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  OpennessChoice openness;

  static final class OpennessChoice {
    @Option(names = "--open", description = "Only models whose weights can be downloaded.")
    boolean open;

    @Option(names = "--closed", description = "Only models whose weights cannot be downloaded.")
    boolean closed;
  }

  @Option(
      names = "--since",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Released on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  ReleaseDate since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Released on or before DATE (a year or month includes all of it).")
  ReleaseDate until;

  @Option(
      names = "--min-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "At least SIZE parameters (350M, 7B, 1.5T); any released size counts.")
  Long minSize;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "At most SIZE parameters; any released size counts.")
  Long maxSize;

  @Option(
      names = "--category",
      paramLabel = "CATEGORY",
      completionCandidates = Candidates.Categories.class,
      description = "Only this category (repeatable): ${COMPLETION-CANDIDATES}.")
  List<Category> categories = new ArrayList<>();

  @Option(
      names = "--access",
      paramLabel = "ACCESS",
      split = ",",
      converter = AccessConverter.class,
      completionCandidates = Candidates.AccessClasses.class,
      description =
          "Only these access classes (repeatable or comma-separated):"
              + " ${COMPLETION-CANDIDATES}.")
  List<Access> access = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "MODALITY",
      completionCandidates = Candidates.Modalities.class,
      description = "Only models that take this input: ${COMPLETION-CANDIDATES}.")
  Modality input;

  @Option(
      names = "--min-context",
      paramLabel = "TOKENS",
      converter = TokensConverter.class,
      description = "A context window of at least TOKENS (32k, 128k, 1M).")
  Double minContext;

  /**
   * The criteria these options stand for.
   *
   * @throws dev.llmscape.query.UnknownOrgException for an org name that matches nothing
   */
  public List<Criterion> criteria(ModelLookup lookup) {
    List<Criterion> out = new ArrayList<>();
    if (!orgs.isEmpty()) {
      Set<String> ids = new LinkedHashSet<>();
      for (String org : orgs) {
        ids.addAll(lookup.orgIds(org));
      }
      out.add(new Criterion.InOrgs(ids));
    }
    if (openness != null) {
      out.add(new Criterion.HasOpenness(openness.open ? Openness.OPEN : Openness.CLOSED));
    }
    if (since != null || until != null) {
      long from = since == null ? Long.MIN_VALUE : since.earliest().toEpochDay();
      long to = until == null ? Long.MAX_VALUE : until.latest().toEpochDay();
      if (from > to) {
        throw backwards("date", "--since " + since + " --until " + until);
      }
      out.add(new Criterion.ReleasedBetween(from, to));
    }
    if (minSize != null && maxSize != null && minSize > maxSize) {
      throw backwards("size", "--min-size is above --max-size");
    }
    if (minSize != null || maxSize != null) {
      out.add(
          new Criterion.SizedBetween(
              minSize == null ? 0 : minSize, maxSize == null ? Long.MAX_VALUE : maxSize));
    }
    if (!categories.isEmpty()) {
      out.add(new Criterion.InCategories(Set.copyOf(categories)));
    }
    if (!access.isEmpty()) {
      out.add(new Criterion.HasAccess(Set.copyOf(access), false));
    }
    if (input != null) {
      out.add(new Criterion.HasModality(Criterion.Side.INPUT, input));
    }
    if (minContext != null) {
      out.add(new Criterion.FactBetween(NumericFact.CONTEXT, minContext, Double.POSITIVE_INFINITY));
    }
    return out;
  }

  /**
   * A range that can match nothing is a mistake, as in a query ({@code date:2024..2023}): the same
   * message and exit code, not an empty result.
   */
  private static TypeConversionException backwards(String what, String options) {
    return new TypeConversionException(what + ": the range runs backwards: " + options);
  }
}
