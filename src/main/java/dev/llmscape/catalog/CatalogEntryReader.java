package dev.llmscape.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.llmscape.model.Access;
import dev.llmscape.model.Architecture;
import dev.llmscape.model.Category;
import dev.llmscape.model.ExternalIds;
import dev.llmscape.model.Figure;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Modalities;
import dev.llmscape.model.Modality;
import dev.llmscape.model.Model;
import dev.llmscape.model.ModelFacts;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.Relation;
import dev.llmscape.model.ReleaseDate;
import dev.llmscape.model.Training;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the catalog's entries, one JSON object each: orgs, models (with their params, bases and
 * links) and changelog entries. Each reader starts with the parser on the entry's first token and
 * returns null for an entry left out because of an error, which {@link CatalogCursor#recover} has
 * recorded when checking. Where each entry was found is kept for later messages.
 */
final class CatalogEntryReader {
  /** Plain values, positions and problems; each reader keeps its parser in a local {@code p}. */
  private final CatalogCursor json;

  /** Where each org ({@code org:ID}), model ({@code ID}) and, when checking, model field is. */
  final Map<String, SourcePosition> positions = new HashMap<>();

  final List<SourcePosition> orgPositions = new ArrayList<>();
  final List<SourcePosition> modelPositions = new ArrayList<>();

  /** Ids of models ({@code ID}) and orgs ({@code org:ID}) left out because of an error. */
  final Set<String> incomplete = new HashSet<>();

  CatalogEntryReader(CatalogCursor json) {
    this.json = json;
  }

  Org org() throws IOException {
    JsonParser p = json.parser;
    SourcePosition at = json.here();
    json.expect(JsonToken.START_OBJECT, "each org must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    int firstProblem = json.problems.size();
    Set<String> bad = json.badFields();
    String id = null, name = null, nameZh = null, family = null, country = null, url = null;
    String mergedInto = null, mergedOn = null, notes = null;
    List<String> aliases = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "id" -> id = json.slug(field);
          case "name" -> name = json.nonEmpty(field);
          case "nameZh" -> nameZh = json.optString(field);
          case "family" -> family = json.nonEmpty(field);
          case "country" -> country = json.optString(field);
          case "aliases" -> aliases = json.strings(field);
          case "url" -> url = json.optString(field);
          case "mergedInto" -> mergedInto = json.optString(field);
          case "mergedOn" -> mergedOn = json.optString(field);
          case "notes" -> notes = json.optString(field);
          default -> json.unknown(field, "org");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, bad, field);
      }
    }
    json.require(at, "org", id, "id", bad);
    if (id == null) {
      return null;
    }
    json.require(at, "org " + id, name, "name", bad);
    if (json.collect && family == null && !bad.contains("family")) {
      // The schema requires it; reading for use falls back to the name.
      json.problems.add(CatalogProblem.error("schema", at, "org " + id + " is missing \"family\""));
    }
    json.attribute(firstProblem, id, true);
    if (name == null) {
      incomplete.add("org:" + id);
      return null;
    }
    positions.put("org:" + id, at);
    orgPositions.add(at);
    return new Org(
        id,
        name,
        nameZh,
        family == null ? name : family,
        country,
        aliases,
        url,
        mergedInto,
        mergedOn,
        notes);
  }

  Model model() throws IOException {
    JsonParser p = json.parser;
    SourcePosition at = json.here();
    json.expect(JsonToken.START_OBJECT, "each model must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    int firstProblem = json.problems.size();
    Set<String> bad = json.badFields();
    Map<String, SourcePosition> fieldsAt = json.collect ? new HashMap<>() : null;
    String id = null, name = null, nameZh = null, org = null, license = null, notes = null;
    String seed = null;
    Category category = null;
    ReleaseDate released = null;
    Openness open = null;
    ParamSize params = null;
    Access access = null;
    ReleaseDate announced = null, cutoff = null;
    Long context = null, maxOutput = null;
    Modalities modalities = null;
    Architecture architecture = null;
    Training training = null;
    ExternalIds ids = ExternalIds.NONE;
    Map<String, String> sources = Map.of();
    List<String> unconfirmed = List.of();
    List<String> aliases = List.of(), trainedWith = List.of(), corrections = List.of();
    List<Lineage> bases = List.of();
    Map<String, String> links = Map.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (fieldsAt != null) {
        fieldsAt.put(field, json.here());
      }
      try {
        switch (field) {
          case "id" -> id = json.slug(field);
          case "name" -> name = json.nonEmpty(field);
          case "nameZh" -> nameZh = json.optString(field);
          case "aliases" -> aliases = json.strings(field);
          case "org" -> org = json.shared(json.slug(field));
          case "category" -> category = category();
          case "released" ->
              released = p.currentToken() == JsonToken.VALUE_NULL ? null : json.date(field);
          case "open" -> open = openness();
          case "params" -> params = p.currentToken() == JsonToken.VALUE_NULL ? null : params();
          case "base" -> bases = json.array(field, this::lineage);
          case "trainedWith" -> trainedWith = json.strings(field);
          case "links" -> links = links();
          case "license" -> license = json.shared(json.optString(field));
          case "notes" -> notes = json.optString(field);
          case "corrections" -> corrections = json.strings(field);
          case "seed" -> seed = json.optString(field);
          case "access" -> access = access();
          case "announced" -> announced = json.optDate(field);
          case "context" -> context = json.optTokens(field);
          case "maxOutput" -> maxOutput = json.optTokens(field);
          case "modalities" -> modalities = modalities();
          case "knowledgeCutoff" -> cutoff = json.optDate(field);
          case "architecture" -> architecture = architecture();
          case "training" -> training = training();
          case "ids" -> ids = ids();
          case "sources" -> sources = stringMap(field);
          case "unconfirmed" -> unconfirmed = json.strings(field);
          default -> json.unknown(field, "model");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, bad, field);
      }
    }
    json.require(at, "model", id, "id", bad);
    if (id == null) {
      return null;
    }
    json.require(at, "model " + id, name, "name", bad);
    json.require(at, "model " + id, org, "org", bad);
    json.require(at, "model " + id, category, "category", bad);
    json.attribute(firstProblem, id, false);
    if (json.collect && name != null && org != null && category == null) {
      // Checking: its category is already reported; a stand-in lets every other rule (dates,
      // bases, sources) see the model, so one bad value does not hide the rest.
      category = Category.FOUNDATION;
    }
    if (name == null || org == null || category == null) {
      incomplete.add(id);
      return null;
    }
    positions.put(id, at);
    if (fieldsAt != null) {
      for (Map.Entry<String, SourcePosition> e : fieldsAt.entrySet()) {
        positions.put(id + "#" + e.getKey(), e.getValue());
      }
    }
    modelPositions.add(at);
    return new Model(
        id,
        name,
        nameZh,
        aliases,
        org,
        category,
        released,
        open != null ? open : access != null ? access.openness() : Openness.UNKNOWN,
        params,
        bases,
        trainedWith,
        links,
        license,
        notes,
        corrections,
        seed,
        facts(
            access,
            announced,
            context,
            maxOutput,
            modalities,
            cutoff,
            architecture,
            training,
            ids,
            sources,
            unconfirmed));
  }

  /**
   * A model's format-2 facts; the one shared {@link ModelFacts#NONE} for a model that has none, as
   * most models of a big catalog do not (an equal object either way, one allocation less a model).
   */
  private static ModelFacts facts(
      Access access,
      ReleaseDate announced,
      Long context,
      Long maxOutput,
      Modalities modalities,
      ReleaseDate cutoff,
      Architecture architecture,
      Training training,
      ExternalIds ids,
      Map<String, String> sources,
      List<String> unconfirmed) {
    if (access == null
        && announced == null
        && context == null
        && maxOutput == null
        && modalities == null
        && cutoff == null
        && architecture == null
        && training == null
        && ExternalIds.NONE.equals(ids)
        && sources.isEmpty()
        && unconfirmed.isEmpty()) {
      return ModelFacts.NONE;
    }
    return new ModelFacts(
        access,
        announced,
        context,
        maxOutput,
        modalities,
        cutoff,
        architecture,
        training,
        ids,
        sources,
        unconfirmed);
  }

  private Access access() throws IOException {
    if (json.parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    String text = json.string("access");
    return Access.fromId(text)
        .orElseThrow(
            () ->
                json.fail(
                    "unknown access \""
                        + text
                        + "\" (known: open, open-restricted, open-noncommercial, api, hosted,"
                        + " unreleased)"));
  }

  private Architecture architecture() throws IOException {
    if (json.parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    String text = json.string("architecture");
    return Architecture.fromId(text)
        .orElseThrow(
            () ->
                json.fail(
                    "unknown architecture \""
                        + text
                        + "\" (known: dense, moe, ssm, hybrid, undisclosed)"));
  }

  private Modalities modalities() throws IOException {
    JsonParser p = json.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    json.expect(JsonToken.START_OBJECT, "\"modalities\" must be an object with input and output");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = json.badFields();
    SourcePosition at = json.here();
    List<Modality> input = null, output = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "input" -> input = modalityList(field);
          case "output" -> output = modalityList(field);
          default -> json.unknown(field, "modalities");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, bad, field);
      }
    }
    json.require(at, "modalities", input, "input", bad);
    json.require(at, "modalities", output, "output", bad);
    return input == null || output == null ? null : new Modalities(input, output);
  }

  private List<Modality> modalityList(String field) throws IOException {
    return json.array(
        field,
        () -> {
          String text = json.string(field);
          return Modality.fromId(text)
              .orElseThrow(
                  () ->
                      json.fail(
                          "unknown modality \""
                              + text
                              + "\" (known: text, image, audio, video, pdf)"));
        });
  }

  private Training training() throws IOException {
    JsonParser p = json.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    json.expect(JsonToken.START_OBJECT, "\"training\" must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    Figure tokens = null, compute = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "tokens" -> tokens = figure("training.tokens");
          case "computeFlop" -> compute = figure("training.computeFlop");
          default -> json.unknown(field, "training");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, null, field);
      }
    }
    return tokens == null && compute == null ? null : new Training(tokens, compute);
  }

  /** {@code {"value": 1.4e13, "estimate": false}}. */
  private Figure figure(String path) throws IOException {
    JsonParser p = json.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    json.expect(JsonToken.START_OBJECT, "\"" + path + "\" must be an object {value, estimate}");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = json.badFields();
    SourcePosition at = json.here();
    Double value = null;
    Boolean estimate = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "value" -> value = json.positiveNumber(path + ".value");
          case "estimate" -> estimate = json.bool(field);
          default -> json.unknown(field, path);
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, bad, field);
      }
    }
    json.require(at, path, value, "value", bad);
    json.require(at, path, estimate, "estimate", bad);
    return value == null || estimate == null ? null : new Figure(value, estimate);
  }

  private ExternalIds ids() throws IOException {
    JsonParser p = json.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return ExternalIds.NONE;
    }
    json.expect(JsonToken.START_OBJECT, "\"ids\" must be an object of catalog to a list of ids");
    JsonStreamContext ctx = p.getParsingContext();
    List<String> hf = List.of(), dev = List.of(), router = List.of(), epoch = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "huggingface" -> hf = json.strings("ids." + field);
          case "modelsDev" -> dev = json.strings("ids." + field);
          case "openRouter" -> router = json.strings("ids." + field);
          case "epoch" -> epoch = json.strings("ids." + field);
          default -> json.unknown(field, "ids");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, null, field);
      }
    }
    return new ExternalIds(hf, dev, router, epoch);
  }

  private Category category() throws IOException {
    String text = json.string("category");
    return Category.fromId(text)
        .orElseThrow(
            () ->
                json.fail("unknown category \"" + text + "\" (known: " + knownCategories() + ")"));
  }

  private static String knownCategories() {
    StringBuilder sb = new StringBuilder();
    for (Category c : Category.values()) {
      sb.append(sb.isEmpty() ? "" : ", ").append(c.id());
    }
    return sb.toString();
  }

  private Openness openness() throws IOException {
    return switch (json.parser.currentToken()) {
      case VALUE_TRUE -> Openness.OPEN;
      case VALUE_FALSE -> Openness.CLOSED;
      case VALUE_NULL -> Openness.UNKNOWN;
      default -> throw json.fail("\"open\" must be true, false or null");
    };
  }

  private ParamSize params() throws IOException {
    JsonParser p = json.parser;
    json.expect(JsonToken.START_OBJECT, "\"params\" must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = json.badFields();
    String text = null;
    Long min = null, max = null, active = null;
    List<String> variants = List.of();
    Boolean confirmed = null;
    SourcePosition at = json.here();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "text" -> text = json.shared(json.string(field));
          case "min" -> min = json.shared(json.optCount(field));
          case "max" -> max = json.shared(json.optCount(field));
          case "active" -> active = json.optCount(field);
          case "variants" -> variants = json.strings(field);
          case "confirmed" -> confirmed = json.bool(field);
          default -> json.unknown(field, "params");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, bad, field);
      }
    }
    if (json.collect) {
      // The schema requires both; reading for use tolerates their absence.
      for (String f : List.of("text", "confirmed")) {
        if ((f.equals("text") ? text : confirmed) == null && !bad.contains(f)) {
          json.problems.add(
              CatalogProblem.error("schema", at, "\"params\" is missing \"" + f + "\""));
        }
      }
      if (text == null || bad.contains("min") || bad.contains("max")) {
        return null; // already reported; its text or counts would only add confusion
      }
    }
    try {
      return new ParamSize(
          text == null ? "unknown" : text,
          min,
          max,
          variants,
          active,
          confirmed == null || confirmed);
    } catch (IllegalArgumentException e) {
      throw new CatalogException(json.source, at.line(), at.column(), e.getMessage());
    }
  }

  private Lineage lineage() throws IOException {
    JsonParser p = json.parser;
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Lineage.plain(p.getText());
    }
    json.expect(JsonToken.START_OBJECT, "each base must be a model id or an object with \"id\"");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = json.badFields();
    String id = null;
    Relation relation = null;
    ReleaseDate since = null;
    boolean confirmed = true;
    SourcePosition at = json.here();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "id" -> id = json.string(field);
          case "relation" -> {
            String text = json.string(field);
            relation =
                Relation.fromId(text)
                    .orElseThrow(() -> json.fail("unknown relation \"" + text + "\""));
          }
          case "since" -> since = json.date(field);
          case "confirmed" -> confirmed = json.bool(field);
          default -> json.unknown(field, "base");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, bad, field);
      }
    }
    json.require(at, "base", id, "id", bad);
    return id == null ? null : new Lineage(id, relation, since, confirmed);
  }

  private Map<String, String> links() throws IOException {
    return stringMap("links");
  }

  /** An object of names to strings, in file order ({@code links}, {@code sources}). */
  private Map<String, String> stringMap(String field) throws IOException {
    JsonParser p = json.parser;
    json.expect(
        JsonToken.START_OBJECT,
        "\""
            + field
            + "\" must be an object of "
            + (field.equals("links") ? "kind" : "fact")
            + " to URL");
    JsonStreamContext ctx = p.getParsingContext();
    Map<String, String> links = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String kind = p.currentName();
      p.nextToken();
      try {
        links.put(kind, json.string(kind));
      } catch (CatalogException e) {
        json.recover(e, ctx, null, kind);
      }
    }
    return links;
  }

  ChangelogEntry changelogEntry() throws IOException {
    JsonParser p = json.parser;
    SourcePosition at = json.here();
    json.expect(JsonToken.START_OBJECT, "each changelog entry must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = json.badFields();
    String version = null;
    ReleaseDate date = null;
    List<String> changes = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "version" -> version = json.string(field);
          case "date" -> date = json.date(field);
          case "changes" -> changes = json.strings(field);
          default -> json.unknown(field, "changelog entry");
        }
      } catch (CatalogException e) {
        json.recover(e, ctx, bad, field);
      }
    }
    json.require(at, "changelog entry", version, "version", bad);
    json.require(at, "changelog entry " + version, changes, "changes", bad);
    return version == null || changes == null ? null : new ChangelogEntry(version, date, changes);
  }
}
