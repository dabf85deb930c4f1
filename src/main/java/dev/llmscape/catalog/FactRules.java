package dev.llmscape.catalog;

import dev.llmscape.catalog.CatalogProblem.Severity;
import dev.llmscape.model.Access;
import dev.llmscape.model.Architecture;
import dev.llmscape.model.Category;
import dev.llmscape.model.Counts;
import dev.llmscape.model.Figure;
import dev.llmscape.model.Modalities;
import dev.llmscape.model.Modality;
import dev.llmscape.model.Model;
import dev.llmscape.model.ModelFacts;
import dev.llmscape.model.ReleaseDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of catalog format 2's facts (docs/catalog.md), beyond the types and allowed values the
 * reader checks: plausible units, the order of modalities, {@code params.active} on every mixture
 * of experts, a source for every fact present, {@code unconfirmed} naming facts the model has,
 * {@code open} agreeing with {@code access}, and dates in order. Part of {@link ContentRules}.
 */
final class FactRules {
  /** Context windows and output limits outside this range are typos (a unit, a digit too many). */
  static final long MIN_TOKENS = 256;

  static final long MAX_TOKENS = 100_000_000;

  /** Training tokens: from a small model's 1e8 to far beyond any run (1e16). */
  static final double MIN_TRAINING_TOKENS = 1e8;

  static final double MAX_TRAINING_TOKENS = 1e16;

  /** Training compute in FLOP: from 1e15 to 1e30. */
  static final double MIN_FLOP = 1e15;

  static final double MAX_FLOP = 1e30;

  private FactRules() {}

  static void check(CatalogData data, Model m, LocalDate limit, List<CatalogProblem> out) {
    ModelFacts f = m.facts();
    Rules r = new Rules(data, m, out);
    if (m.category() == Category.FRAMEWORK) {
      for (String fact : present(m)) {
        r.error(
            "fact", fact, "a framework has no " + fact + " (the format-2 facts describe models)");
      }
    }
    if (f.access() != null && m.openness() != f.access().openness()) {
      r.error(
          "access",
          "open",
          "open is "
              + m.openness().asBoolean()
              + " but access "
              + f.access().id()
              + (f.access().weights() ? " has" : " has no")
              + " downloadable weights");
    }
    tokens(r, "context", f.context());
    tokens(r, "maxOutput", f.maxOutput());
    if (f.context() != null && f.maxOutput() != null && f.maxOutput() > f.context()) {
      r.error(
          "fact",
          "maxOutput",
          "maxOutput " + f.maxOutput() + " is more than the context window " + f.context());
    }
    if (f.modalities() != null) {
      modalities(r, "input", f.modalities().input());
      modalities(r, "output", f.modalities().output());
    }
    figure(r, "training.tokens", f.tokens(), MIN_TRAINING_TOKENS, MAX_TRAINING_TOKENS);
    figure(r, "training.computeFlop", f.computeFlop(), MIN_FLOP, MAX_FLOP);
    if (f.architecture() == Architecture.MOE
        && (m.params() == null || m.params().active() == null)) {
      // A warning, not an error: closed models (Gemini) and some open ones are documented as
      // mixtures of experts without an active count, and the catalog never guesses one.
      r.warning(
          "moe-active",
          "architecture",
          "a mixture of experts without params.active (the parameters active per token):"
              + " add it where the developer states it");
    }
    dates(r, m, limit);
    ids(r, f);
    sources(r, m);
    unconfirmed(r, m);
  }

  /** The format-2 facts the model has, as their paths in {@link ModelFacts#FACTS} order. */
  static List<String> present(Model m) {
    ModelFacts f = m.facts();
    List<String> out = new ArrayList<>();
    for (String fact : ModelFacts.FACTS) {
      boolean has =
          switch (fact) {
            case "access" -> f.access() != null;
            case "announced" -> f.announced() != null;
            case "context" -> f.context() != null;
            case "maxOutput" -> f.maxOutput() != null;
            case "modalities" -> f.modalities() != null;
            case "knowledgeCutoff" -> f.knowledgeCutoff() != null;
            case "architecture" -> f.architecture() != null;
            case "params.active" -> m.params() != null && m.params().active() != null;
            case "training.tokens" -> f.tokens() != null;
            case "training.computeFlop" -> f.computeFlop() != null;
            default -> throw new IllegalStateException("no fact " + fact);
          };
      if (has) {
        out.add(fact);
      }
    }
    return out;
  }

  private static void tokens(Rules r, String fact, Long n) {
    if (n != null && (n < MIN_TOKENS || n > MAX_TOKENS)) {
      r.error(
          "fact",
          fact,
          fact
              + " "
              + n
              + " is not a plausible number of tokens ("
              + MIN_TOKENS
              + " to "
              + MAX_TOKENS
              + "; written out in tokens, not thousands)");
    }
  }

  private static void figure(Rules r, String fact, Figure fig, double min, double max) {
    if (fig != null && (fig.value() < min || fig.value() > max)) {
      r.error(
          "fact",
          fact.substring(0, fact.indexOf('.')),
          fact
              + " "
              + number(fig.value())
              + " is out of range ("
              + number(min)
              + " to "
              + number(max)
              + (fact.endsWith("Flop") ? " FLOP)" : " tokens)"));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) && v < 1e6 ? Long.toString((long) v) : Counts.formatFlop(v);
  }

  private static void modalities(Rules r, String side, List<Modality> list) {
    if (list.isEmpty()) {
      r.error("fact", "modalities", "modalities." + side + " is empty");
      return;
    }
    Set<Modality> seen = new HashSet<>();
    Modality previous = null;
    for (Modality mod : list) {
      if (!seen.add(mod)) {
        r.error("fact", "modalities", "modalities." + side + " names " + mod.id() + " twice");
        return;
      }
      if (previous != null && mod.ordinal() < previous.ordinal()) {
        r.error(
            "fact",
            "modalities",
            "modalities."
                + side
                + " out of order: "
                + Modalities.ids(list)
                + " (the order is text, image, audio, video, pdf)");
        return;
      }
      previous = mod;
    }
  }

  private static void dates(Rules r, Model m, LocalDate limit) {
    ModelFacts f = m.facts();
    if (f.access() == Access.UNRELEASED && m.released() != null) {
      // A release date on a model nobody outside the lab could use reads as a release in every
      // list, timeline and date: query; the day it was shown is its announced date.
      r.error(
          "date",
          "released",
          "released "
              + m.released()
              + " on a model whose access is unreleased: give that day as announced instead");
    }
    if (f.announced() != null) {
      if (m.released() != null && f.announced().earliest().isAfter(m.released().latest())) {
        r.error(
            "date",
            "announced",
            "announced " + f.announced() + " is after the release " + m.released());
      }
      if (m.released() != null && f.announced().equals(m.released())) {
        r.warning(
            "date",
            "announced",
            "announced is the same as released (give announced only where they differ)");
      }
      after(r, "announced", f.announced(), limit);
    }
    ReleaseDate cutoff = f.knowledgeCutoff();
    if (cutoff != null) {
      if (!cutoff.hasMonth()) {
        r.error("date", "knowledgeCutoff", "knowledgeCutoff needs a month (YYYY-MM or YYYY-MM-DD)");
      }
      ReleaseDate first = m.dated();
      if (first != null && cutoff.earliest().isAfter(first.latest())) {
        r.error(
            "date",
            "knowledgeCutoff",
            "knowledgeCutoff " + cutoff + " is after the model came out (" + first + ")");
      }
      after(r, "knowledgeCutoff", cutoff, limit);
    }
  }

  private static void after(Rules r, String fact, ReleaseDate d, LocalDate limit) {
    if (limit != null && d.earliest().isAfter(limit)) {
      r.error("date", fact, fact + " " + d + " is after the catalog's date " + r.data.date());
    }
  }

  private static void ids(Rules r, ModelFacts f) {
    Map<String, List<String>> slashed = new LinkedHashMap<>();
    slashed.put("huggingface", f.ids().huggingface());
    slashed.put("modelsDev", f.ids().modelsDev());
    for (Map.Entry<String, List<String>> e : slashed.entrySet()) {
      for (String id : e.getValue()) {
        if (id.indexOf('/') <= 0 || id.endsWith("/") || id.isBlank()) {
          r.error("fact", "ids", "ids." + e.getKey() + " \"" + id + "\" is not owner/name");
        }
      }
    }
  }

  private static void sources(Rules r, Model m) {
    Map<String, String> sources = m.facts().sources();
    for (String fact : present(m)) {
      if (sources.containsKey(fact)) {
        continue;
      }
      // params.active is older than format 2, when the model's links stood for it: an entry not
      // yet given any sources keeps it unsourced; one that has sources names this one too.
      if (!fact.equals("params.active") || !sources.isEmpty()) {
        r.error("sources", "sources", "no source for " + fact + " (sources." + fact + ")");
      }
    }
    for (Map.Entry<String, String> e : sources.entrySet()) {
      if (!known(e.getKey())) {
        r.warning("sources", "sources", "sources names unknown fact \"" + e.getKey() + "\"");
      }
      if (!e.getValue().startsWith("https://")) {
        r.error("link", "sources", "source of " + e.getKey() + " is not https: " + e.getValue());
      }
    }
  }

  private static void unconfirmed(Rules r, Model m) {
    List<String> present = present(m);
    Set<String> seen = new HashSet<>();
    for (String fact : m.facts().unconfirmed()) {
      if (!seen.add(fact)) {
        r.error("unconfirmed", "unconfirmed", "unconfirmed names " + fact + " twice");
      } else if (!known(fact)) {
        r.error(
            "unconfirmed",
            "unconfirmed",
            "unconfirmed names unknown fact \""
                + fact
                + "\" (known: "
                + String.join(", ", ModelFacts.FACTS)
                + ", "
                + String.join(", ", ModelFacts.OTHER_FACTS)
                + ")");
      } else if (ModelFacts.FACTS.contains(fact) && !present.contains(fact)) {
        r.error(
            "unconfirmed",
            "unconfirmed",
            "unconfirmed names " + fact + ", which the model does not have");
      }
    }
  }

  private static boolean known(String fact) {
    return ModelFacts.FACTS.contains(fact) || ModelFacts.OTHER_FACTS.contains(fact);
  }

  /** Problems of one model, each at its field's position. */
  private record Rules(CatalogData data, Model m, List<CatalogProblem> out) {
    void error(String rule, String field, String message) {
      add(Severity.ERROR, rule, field, message);
    }

    void warning(String rule, String field, String message) {
      add(Severity.WARNING, rule, field, message);
    }

    private void add(Severity severity, String rule, String field, String message) {
      out.add(
          new CatalogProblem(severity, rule, data.positionOf(m.id(), field), null, null, message)
              .forModel(m.id()));
    }
  }
}
