package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import java.io.IOException;
import java.util.List;

/**
 * The JSON contract for models (docs/json.md), written from the field definitions ({@link
 * ModelFields}). Field names and their order are public: tests pin them, so change them only with
 * the docs and a note in the changelog.
 */
public final class ModelJson {
  /** Fields of every model object, in output order. */
  public static final List<String> SUMMARY_FIELDS = ModelFields.summaryNames();

  /** Fields that {@code show} adds after the summary fields. */
  public static final List<String> DETAIL_FIELDS = ModelFields.detailNames();

  /** Every field of {@code show}: the summary fields, then the detail fields. */
  public static final List<String> ALL_FIELDS = ModelFields.allNames();

  private ModelJson() {}

  /** Writes a list of models as an array of summary objects. */
  public static void writeList(JsonGenerator gen, Catalog catalog, List<Model> models)
      throws IOException {
    writeList(gen, catalog, models, FieldSelection.all(SUMMARY_FIELDS));
  }

  /** Writes a list of models as an array of objects with the selected summary fields. */
  public static void writeList(
      JsonGenerator gen, Catalog catalog, List<Model> models, FieldSelection fields)
      throws IOException {
    gen.writeStartArray();
    for (Model m : models) {
      writeObject(gen, catalog, m, List.of(), fields);
    }
    gen.writeEndArray();
  }

  /**
   * Writes one model as an object of the selected fields (any of {@link #ALL_FIELDS}), in the
   * selection's order.
   *
   * @param derivatives the model's direct derivatives, used by the {@code derivatives} field
   */
  public static void writeObject(
      JsonGenerator gen, Catalog catalog, Model m, List<Model> derivatives, FieldSelection fields)
      throws IOException {
    gen.writeStartObject();
    ModelField.Of of = new ModelField.Of(catalog, m, derivatives);
    for (String field : fields.fields()) {
      write(gen, ModelFields.named(field), of);
    }
    gen.writeEndObject();
  }

  /** The summary fields of one model, inside an object the caller opened (lineage nodes). */
  public static void writeSummaryFields(JsonGenerator gen, Catalog catalog, Model m)
      throws IOException {
    ModelField.Of of = new ModelField.Of(catalog, m);
    for (ModelField f : ModelField.values()) {
      if (!f.detail()) {
        write(gen, f, of);
      }
    }
  }

  private static void write(JsonGenerator gen, ModelField f, ModelField.Of of) throws IOException {
    gen.writeFieldName(f.id());
    f.json(gen, of);
  }
}
