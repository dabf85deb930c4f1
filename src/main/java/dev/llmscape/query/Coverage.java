package dev.llmscape.query;

import dev.llmscape.model.Architecture;
import dev.llmscape.model.Category;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.ReleaseDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How much of catalog format 2 a catalog has filled in: for each new fact, how many of the models
 * it applies to have it, and the newest model's release date (to read beside the catalog's date).
 * Only {@code llmscape catalog} computes it.
 *
 * @param newest the model released last, or null when no model has a release date
 */
public record Coverage(List<Item> items, Model newest) {
  public Coverage {
    items = List.copyOf(items);
  }

  /**
   * One fact's coverage.
   *
   * @param fact the fact's path in the catalog ({@code training.tokens})
   * @param among which models it applies to, in words ("open foundation models")
   * @param known how many of them have it
   * @param of how many models it applies to
   */
  public record Item(String fact, String among, int known, int of) {
    /** The share known, in whole percent (100 when it applies to no model). */
    public int percent() {
      return of == 0 ? 100 : (int) Math.floor(100.0 * known / of);
    }
  }

  /** The first year {@code context} is counted for: models released since then. */
  public static final int CONTEXT_SINCE = 2023;

  public static Coverage of(List<Model> models) {
    Predicate<Model> model = m -> m.category() != Category.FRAMEWORK;
    List<Item> items = new ArrayList<>();
    items.add(item(models, "modalities", "models", model, m -> m.facts().modalities() != null));
    items.add(item(models, "access", "models", model, m -> m.facts().access() != null));
    items.add(item(models, "architecture", "models", model, m -> m.facts().architecture() != null));
    items.add(
        item(
            models,
            "context",
            "models released since " + CONTEXT_SINCE,
            model.and(m -> m.dated() != null && m.dated().year() >= CONTEXT_SINCE),
            m -> m.facts().context() != null));
    items.add(
        item(models, "knowledgeCutoff", "models", model, m -> m.facts().knowledgeCutoff() != null));
    items.add(
        item(
            models,
            "training.tokens",
            "open foundation models",
            m -> m.category() == Category.FOUNDATION && m.openness() == Openness.OPEN,
            m -> m.facts().tokens() != null));
    items.add(
        item(
            models,
            "params.active",
            "MoE models",
            m -> m.facts().architecture() == Architecture.MOE,
            m -> m.params() != null && m.params().active() != null));
    Model newest = null;
    for (Model m : models) {
      ReleaseDate r = m.released();
      if (r != null && (newest == null || r.compareTo(newest.released()) > 0)) {
        newest = m;
      }
    }
    return new Coverage(items, newest);
  }

  private static Item item(
      List<Model> models,
      String fact,
      String among,
      Predicate<Model> applies,
      Predicate<Model> known) {
    int of = 0;
    int have = 0;
    for (Model m : models) {
      if (applies.test(m)) {
        of++;
        if (known.test(m)) {
          have++;
        }
      }
    }
    return new Item(fact, among, have, of);
  }
}
