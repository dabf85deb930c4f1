package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract for models (docs/json.md). Field names and their order are public: tests pin
 * them, so change them only with the docs and a note in the changelog.
 */
public final class ModelJson {
  /** Fields of every model object, in output order. */
  public static final List<String> SUMMARY_FIELDS =
      List.of(
          "id",
          "name",
          "nameZh",
          "aliases",
          "org",
          "orgId",
          "family",
          "category",
          "released",
          "open",
          "params",
          "base",
          "links",
          "license");

  /** Fields that {@code show} adds after the summary fields. */
  public static final List<String> DETAIL_FIELDS =
      List.of("lineage", "derivatives", "trainedWith", "notes", "corrections", "seed");

  private ModelJson() {}

  /** Every field of {@code show}: the summary fields, then the detail fields. */
  public static final List<String> ALL_FIELDS = concat(SUMMARY_FIELDS, DETAIL_FIELDS);

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
    for (String field : fields.fields()) {
      writeField(gen, catalog, m, derivatives, field);
    }
    gen.writeEndObject();
  }

  /** The summary fields of one model, inside an object the caller opened (lineage nodes). */
  public static void writeSummaryFields(JsonGenerator gen, Catalog catalog, Model m)
      throws IOException {
    for (String field : SUMMARY_FIELDS) {
      writeField(gen, catalog, m, List.of(), field);
    }
  }

  private static void writeField(
      JsonGenerator gen, Catalog catalog, Model m, List<Model> derivatives, String field)
      throws IOException {
    Org org = catalog.orgOf(m);
    switch (field) {
      case "id" -> gen.writeStringField("id", m.id());
      case "name" -> gen.writeStringField("name", m.name());
      case "nameZh" -> gen.writeStringField("nameZh", m.nameZh());
      case "aliases" -> stringArray(gen, "aliases", m.aliases());
      case "org" -> gen.writeStringField("org", org.name());
      case "orgId" -> gen.writeStringField("orgId", org.id());
      case "family" -> gen.writeStringField("family", org.family());
      case "category" -> gen.writeStringField("category", m.category().id());
      case "released" ->
          gen.writeStringField("released", m.released() == null ? null : m.released().toString());
      case "open" -> {
        Boolean open = m.openness().asBoolean();
        if (open == null) {
          gen.writeNullField("open");
        } else {
          gen.writeBooleanField("open", open);
        }
      }
      case "params" -> writeParams(gen, m.params());
      case "base" -> stringArray(gen, "base", m.baseIds());
      case "links" -> {
        gen.writeObjectFieldStart("links");
        for (Map.Entry<String, String> link : m.links().entrySet()) {
          gen.writeStringField(link.getKey(), link.getValue());
        }
        gen.writeEndObject();
      }
      case "license" -> gen.writeStringField("license", m.license());
      case "lineage" -> writeLineage(gen, catalog, m);
      case "derivatives" ->
          stringArray(gen, "derivatives", derivatives.stream().map(Model::id).toList());
      case "trainedWith" -> stringArray(gen, "trainedWith", m.trainedWith());
      case "notes" -> gen.writeStringField("notes", m.notes());
      case "corrections" -> stringArray(gen, "corrections", m.corrections());
      case "seed" -> gen.writeStringField("seed", m.seedSection());
      default -> throw new IllegalArgumentException("no model field " + field);
    }
  }

  private static void writeLineage(JsonGenerator gen, Catalog catalog, Model m) throws IOException {
    gen.writeArrayFieldStart("lineage");
    for (Lineage edge : m.bases()) {
      gen.writeStartObject();
      gen.writeStringField("id", edge.baseId());
      gen.writeStringField("name", catalog.index().byId(edge.baseId()).name());
      gen.writeStringField("relation", edge.relation() == null ? null : edge.relation().id());
      gen.writeStringField("since", edge.since() == null ? null : edge.since().toString());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private static void writeParams(JsonGenerator gen, ParamSize p) throws IOException {
    if (p == null) {
      gen.writeNullField("params");
      return;
    }
    gen.writeObjectFieldStart("params");
    gen.writeStringField("text", p.text());
    nullableNumber(gen, "min", p.min());
    nullableNumber(gen, "max", p.max());
    stringArray(gen, "variants", p.variants());
    nullableNumber(gen, "active", p.active());
    gen.writeBooleanField("confirmed", p.confirmed());
    gen.writeEndObject();
  }

  private static void nullableNumber(JsonGenerator gen, String field, Long value)
      throws IOException {
    if (value == null) {
      gen.writeNullField(field);
    } else {
      gen.writeNumberField(field, value);
    }
  }

  private static void stringArray(JsonGenerator gen, String field, List<String> values)
      throws IOException {
    gen.writeArrayFieldStart(field);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }
}
