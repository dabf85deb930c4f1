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

  /** Writes a list of models as an array of summary objects. */
  public static void writeList(JsonGenerator gen, Catalog catalog, List<Model> models)
      throws IOException {
    gen.writeStartArray();
    for (Model m : models) {
      gen.writeStartObject();
      writeSummaryFields(gen, catalog, m);
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /** Writes one model with every field, its typed lineage and its direct derivatives. */
  public static void writeDetail(
      JsonGenerator gen, Catalog catalog, Model m, List<Model> derivatives) throws IOException {
    gen.writeStartObject();
    writeSummaryFields(gen, catalog, m);
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
    stringArray(gen, "derivatives", derivatives.stream().map(Model::id).toList());
    stringArray(gen, "trainedWith", m.trainedWith());
    gen.writeStringField("notes", m.notes());
    stringArray(gen, "corrections", m.corrections());
    gen.writeStringField("seed", m.seedSection());
    gen.writeEndObject();
  }

  /** The summary fields of one model, inside an object the caller opened. */
  public static void writeSummaryFields(JsonGenerator gen, Catalog catalog, Model m)
      throws IOException {
    Org org = catalog.orgOf(m);
    gen.writeStringField("id", m.id());
    gen.writeStringField("name", m.name());
    gen.writeStringField("nameZh", m.nameZh());
    stringArray(gen, "aliases", m.aliases());
    gen.writeStringField("org", org.name());
    gen.writeStringField("orgId", org.id());
    gen.writeStringField("family", org.family());
    gen.writeStringField("category", m.category().id());
    gen.writeStringField("released", m.released() == null ? null : m.released().toString());
    Boolean open = m.openness().asBoolean();
    if (open == null) {
      gen.writeNullField("open");
    } else {
      gen.writeBooleanField("open", open);
    }
    writeParams(gen, m.params());
    stringArray(gen, "base", m.baseIds());
    gen.writeObjectFieldStart("links");
    for (Map.Entry<String, String> link : m.links().entrySet()) {
      gen.writeStringField(link.getKey(), link.getValue());
    }
    gen.writeEndObject();
    gen.writeStringField("license", m.license());
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
