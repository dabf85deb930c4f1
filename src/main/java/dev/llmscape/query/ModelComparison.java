package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Model;
import dev.llmscape.model.ParamSize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several models side by side: which fields differ, the nearest model they all derive from, and
 * each one's size relative to the first.
 *
 * @param differences the names of the {@link #FIELDS} whose values are not all equal, in order
 * @param commonAncestor the nearest model every one is or derives from, or null
 * @param relativeSizes each model's largest size divided by the first model's, to three significant
 *     digits; null where either size is unknown
 */
public record ModelComparison(
    List<Model> models,
    List<String> differences,
    Model commonAncestor,
    List<BigDecimal> relativeSizes) {

  /** The compared fields, in display order; the names are the model JSON's field names. */
  public static final List<String> FIELDS =
      List.of("org", "category", "released", "open", "params", "license", "base", "links");

  public ModelComparison {
    models = List.copyOf(models);
    differences = List.copyOf(differences);
    relativeSizes = java.util.Collections.unmodifiableList(new ArrayList<>(relativeSizes));
  }

  public static ModelComparison of(List<Model> models, CatalogIndex index) {
    List<String> differences = new ArrayList<>();
    for (String field : FIELDS) {
      Object first = value(field, models.get(0));
      if (models.stream().anyMatch(m -> !Objects.equals(first, value(field, m)))) {
        differences.add(field);
      }
    }
    List<BigDecimal> relative = new ArrayList<>();
    Long reference = largest(models.get(0).params());
    for (Model m : models) {
      Long size = largest(m.params());
      relative.add(
          reference == null || size == null
              ? null
              : new BigDecimal(size)
                  .divide(new BigDecimal(reference), new MathContext(3))
                  .stripTrailingZeros());
    }
    return new ModelComparison(
        models, differences, LineageGraph.nearestCommonAncestor(models, index), relative);
  }

  /** Whether {@code field} differs between the models. */
  public boolean differs(String field) {
    return differences.contains(field);
  }

  /** The value compared for a field: equal values mean the field does not differ. */
  public static Object value(String field, Model m) {
    return switch (field) {
      case "org" -> m.orgId();
      case "category" -> m.category();
      case "released" -> m.released();
      case "open" -> m.openness();
      case "params" -> m.params() == null ? null : m.params().text();
      case "license" -> m.license();
      case "base" -> m.baseIds();
      // Every model has its own URLs: what can be the same is which kinds of source exist.
      case "links" -> m.links().keySet();
      default -> throw new IllegalArgumentException("no field " + field);
    };
  }

  private static Long largest(ParamSize params) {
    return params == null || !params.known() ? null : params.max();
  }
}
