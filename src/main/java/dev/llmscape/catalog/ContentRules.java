package dev.llmscape.catalog;

import dev.llmscape.catalog.CatalogProblem.Severity;
import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.ReleaseDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules each org and model must meet by itself (no other entry needed): the schema's patterns,
 * dates not after the catalog's date, parameter counts that agree with their text, sourced models
 * with https links. Part of {@link CatalogValidator}.
 */
final class ContentRules {
  private static final Set<String> LINK_KINDS = CatalogValidator.LINK_KINDS;
  private static final Set<String> SOURCE_KINDS = CatalogValidator.SOURCE_KINDS;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|INTL");
  private static final Pattern SEED = Pattern.compile("[1-3]\\.[0-9]");
  private static final Pattern COUNT =
      Pattern.compile("(?<![A-Za-z\\d.])(\\d+(?:\\.\\d+)?)\\s?([KMBT])(?![a-zA-Z])");

  private ContentRules() {}

  static List<CatalogProblem> check(CatalogData data) {
    List<CatalogProblem> out = new ArrayList<>();
    LocalDate limit = data.date() == null ? null : data.date().latest();
    for (int i = 0; i < data.orgs().size(); i++) {
      Org org = data.orgs().get(i);
      SourcePosition at = data.orgPositions().get(i);
      if (org.country() != null && !COUNTRY.matcher(org.country()).matches()) {
        out.add(
            error("schema", at, "country \"" + org.country() + "\" is not ISO 3166 alpha-2 or INTL")
                .forOrg(org.id()));
      }
      if (org.url() != null && !org.url().startsWith("https://")) {
        out.add(error("link", at, "url is not https: " + org.url()).forOrg(org.id()));
      }
      if (org.mergedInto() != null && !Slugs.valid(org.mergedInto())) {
        out.add(
            error("schema", at, "mergedInto \"" + org.mergedInto() + "\" is not a valid id")
                .forOrg(org.id()));
      }
      if (org.mergedOn() != null) {
        try {
          ReleaseDate.parse(org.mergedOn());
        } catch (IllegalArgumentException e) {
          out.add(error("date", at, "mergedOn: " + e.getMessage()).forOrg(org.id()));
        }
      }
    }
    for (Model m : data.models()) {
      dates(data, m, limit, out);
      params(data, m, out);
      links(data, m, out);
      FactRules.check(data, m, limit, out);
      if (m.seedSection() != null && !SEED.matcher(m.seedSection()).matches()) {
        out.add(
            error(
                    "schema",
                    data.positionOf(m.id(), "seed"),
                    "seed \"" + m.seedSection() + "\" is not a section such as 1.1")
                .forModel(m.id()));
      }
      for (Lineage base : m.bases()) {
        if (!Slugs.valid(base.baseId())) {
          out.add(
              error(
                      "schema",
                      data.positionOf(m.id(), "base"),
                      "base \"" + base.baseId() + "\" is not a valid id")
                  .forModel(m.id()));
        }
      }
    }
    return out;
  }

  private static void dates(CatalogData data, Model m, LocalDate limit, List<CatalogProblem> out) {
    if (limit == null) {
      return;
    }
    if (m.released() != null && m.released().earliest().isAfter(limit)) {
      out.add(
          error(
                  "date",
                  data.positionOf(m.id(), "released"),
                  "released "
                      + m.released()
                      + " is after the catalog's date "
                      + data.date()
                      + " (a typo, or the catalog's date needs moving)")
              .forModel(m.id()));
    }
    for (Lineage edge : m.bases()) {
      if (edge.since() != null && edge.since().earliest().isAfter(limit)) {
        out.add(
            error(
                    "date",
                    data.positionOf(m.id(), "base"),
                    "base "
                        + edge.baseId()
                        + " since "
                        + edge.since()
                        + " is after the catalog's date "
                        + data.date())
                .forModel(m.id()));
      }
    }
  }

  private static void params(CatalogData data, Model m, List<CatalogProblem> out) {
    ParamSize p = m.params();
    SourcePosition at = data.positionOf(m.id(), "params");
    if (m.category() == Category.FRAMEWORK) {
      if (p != null) {
        out.add(error("params", at, "a framework has no params").forModel(m.id()));
      }
      return;
    }
    if (p == null) {
      return;
    }
    if (!p.known()) {
      return; // "undisclosed", "over 100B": a text without exact figures
    }
    List<Long> written = countsIn(p.text());
    // The smallest and largest counts written must agree with min and max to within 10% (texts
    // round: LLaMA's "7B" is 6.7B parameters).
    if (written.isEmpty()
        || !near(written.stream().min(Long::compare).get(), p.min())
        || !near(written.stream().max(Long::compare).get(), p.max())) {
      out.add(
          error(
                  "params",
                  at,
                  "params text \""
                      + p.text()
                      + "\" does not agree with min "
                      + p.min()
                      + " and max "
                      + p.max()
                      + " (to within 10%)")
              .forModel(m.id()));
    }
    if (p.active() != null && p.active() > p.max()) {
      out.add(
          error("params", at, "active " + p.active() + " is more than max " + p.max())
              .forModel(m.id()));
    }
  }

  private static boolean near(long written, long exact) {
    return Math.abs(written - exact) <= exact / 10;
  }

  /**
   * Counts such as 7B, 1.5T, 350M written in a params text, leaving out active-parameter figures
   * ("(37B active)") and expert counts ("8x7B").
   */
  static List<Long> countsIn(String text) {
    List<Long> out = new ArrayList<>();
    String sizes =
        text.replaceAll("\\([^)]*\\)", " ").replaceAll("\\d+(\\.\\d+)?\\s?[KMBT] active", " ");
    Matcher m = COUNT.matcher(sizes);
    while (m.find()) {
      try {
        out.add(ParamSize.parseCount(m.group(1) + m.group(2)));
      } catch (IllegalArgumentException e) {
        // A figure too large to be a model size: not a count.
      }
    }
    return out;
  }

  private static void links(CatalogData data, Model m, List<CatalogProblem> out) {
    SourcePosition at = data.positionOf(m.id(), "links");
    Set<String> unknown = new LinkedHashSet<>();
    for (Map.Entry<String, String> link : m.links().entrySet()) {
      if (!LINK_KINDS.contains(link.getKey())) {
        unknown.add(link.getKey());
      }
      if (!link.getValue().startsWith("https://")) {
        out.add(
            error("link", at, link.getKey() + " link is not https: " + link.getValue())
                .forModel(m.id()));
      }
    }
    if (!unknown.isEmpty()) {
      out.add(
          error(
                  "schema",
                  at,
                  "unknown link kind "
                      + String.join(", ", unknown)
                      + " (known: blog, code, modelCard, paper, report, video, website)")
              .forModel(m.id()));
    }
    boolean sourced =
        m.category() == Category.FRAMEWORK
            ? !m.links().isEmpty()
            : m.links().keySet().stream().anyMatch(SOURCE_KINDS::contains);
    if (!sourced) {
      out.add(
          error(
                  "source",
                  at,
                  m.category() == Category.FRAMEWORK
                      ? "no link"
                      : "no primary source (a paper, blog, modelCard or report link)")
              .forModel(m.id()));
    }
  }

  private static CatalogProblem error(String rule, SourcePosition at, String message) {
    return new CatalogProblem(Severity.ERROR, rule, at, null, null, message);
  }
}
