package dev.llmscape.cli.completion;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.render.Sanitizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The catalog's words that completion offers: what a user may type for a model or an org. */
public final class CompletionValues {
  private static final Comparator<String> ORDER =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  private CompletionValues() {}

  /** Every model's name, aliases, id and Chinese name, sorted, each once. */
  public static List<String> models(Catalog catalog) {
    TreeSet<String> out = new TreeSet<>(ORDER);
    for (Model m : catalog.models()) {
      add(out, m.name());
      add(out, m.id());
      add(out, m.nameZh());
      m.aliases().forEach(a -> add(out, a));
    }
    return new ArrayList<>(out);
  }

  /** Every org's name, family, aliases and Chinese name, sorted, each once. */
  public static List<String> orgs(Catalog catalog) {
    TreeSet<String> out = new TreeSet<>(ORDER);
    for (Org org : catalog.orgs()) {
      add(out, org.name());
      add(out, org.family());
      add(out, org.nameZh());
      org.aliases().forEach(a -> add(out, a));
    }
    return new ArrayList<>(out);
  }

  /**
   * Leaves out what cannot be typed or would be unsafe in a script or on a terminal: empty strings
   * and anything holding control or bidirectional-override characters.
   */
  private static void add(TreeSet<String> out, String value) {
    if (value != null && !value.isBlank() && Sanitizer.clean(value).equals(value)) {
      out.add(value);
    }
  }
}
