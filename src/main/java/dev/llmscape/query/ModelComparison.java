package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.model.Model;
import dev.llmscape.model.ParamSize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Several models side by side: which fields differ, the nearest model they all derive from, and
 * each one's size relative to the first.
 *
 * @param differences the names of the compared fields whose values are not all equal, in order
 * @param commonAncestor the nearest model every one is or derives from, or null
 * @param relativeSizes each model's largest size divided by the first model's, to three significant
 *     digits; null where either size is unknown
 */
public record ModelComparison(
    List<Model> models,
    List<String> differences,
    Model commonAncestor,
    List<BigDecimal> relativeSizes) {

  public ModelComparison {
    models = List.copyOf(models);
    differences = List.copyOf(differences);
    relativeSizes = java.util.Collections.unmodifiableList(new ArrayList<>(relativeSizes));
  }

  /**
   * Compares models.
   *
   * @param fields the compared fields in display order, each with the value compared (models with
   *     equal values do not differ in it); the names are the model JSON's field names
   */
  public static ModelComparison of(
      List<Model> models, CatalogIndex index, Map<String, Function<Model, Object>> fields) {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Function<Model, Object>> field : fields.entrySet()) {
      Object first = field.getValue().apply(models.get(0));
      if (models.stream().anyMatch(m -> !Objects.equals(first, field.getValue().apply(m)))) {
        differences.add(field.getKey());
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

  private static Long largest(ParamSize params) {
    return params == null || !params.known() ? null : params.max();
  }
}
