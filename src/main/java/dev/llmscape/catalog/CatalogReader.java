package dev.llmscape.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.Relation;
import dev.llmscape.model.ReleaseDate;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the catalog format (docs/catalog.md) with Jackson's streaming parser. Databind is avoided
 * on purpose: creating an ObjectMapper costs more start-up time than reading the whole catalog.
 *
 * <p>{@link #read} is for use: the first structural problem (malformed JSON, wrong type, missing
 * required field, bad value) throws {@link CatalogException} with the line and column. {@link
 * #check} is for {@code validate}: it records every structural problem, skips the broken value and
 * reads on; only malformed JSON stops it. Unknown fields are warnings in both.
 */
public final class CatalogReader {
  /** Limits that keep a hostile or broken file from exhausting memory or the stack. */
  public static final int MAX_NESTING = 32;

  public static final int MAX_STRING = 1_000_000;
  public static final long MAX_DOCUMENT = 100_000_000L;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING)
                  .maxStringLength(MAX_STRING)
                  .maxNameLength(10_000)
                  .maxNumberLength(40)
                  .maxDocumentLength(MAX_DOCUMENT)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final String source;
  private final boolean collect;
  private final Map<String, SourcePosition> positions = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<CatalogProblem> problems = new ArrayList<>();
  private final List<SourcePosition> orgPositions = new ArrayList<>();
  private final List<SourcePosition> modelPositions = new ArrayList<>();
  private final Set<String> incomplete = new HashSet<>();
  private JsonParser p;

  private CatalogReader(String source, boolean collect) {
    this.source = source;
    this.collect = collect;
  }

  /**
   * What {@link #check} found.
   *
   * @param data what could be read, or null when the file is not readable JSON
   * @param problems structural errors and warnings, in file order
   * @param incomplete ids of models ({@code ID}) and orgs ({@code org:ID}) left out because of an
   *     error: references to them are not reported again
   */
  public record Checked(CatalogData data, List<CatalogProblem> problems, Set<String> incomplete) {
    public Checked {
      problems = List.copyOf(problems);
      incomplete = Set.copyOf(incomplete);
    }
  }

  /**
   * Reads a whole catalog.
   *
   * @param source the file name or resource used in messages
   * @throws CatalogException at the first problem
   */
  public static CatalogData read(InputStream in, String source) {
    return new CatalogReader(source, false).readAll(in);
  }

  /** Reads a whole catalog, recording every problem instead of stopping at the first. */
  public static Checked check(InputStream in, String source) {
    CatalogReader reader = new CatalogReader(source, true);
    CatalogData data;
    try {
      data = reader.readAll(in);
    } catch (CatalogException e) {
      reader.problems.add(reader.problem(e));
      data = null;
    }
    return new Checked(data, reader.problems, reader.incomplete);
  }

  private CatalogData readAll(InputStream in) {
    try (JsonParser parser = FACTORY.createParser(in)) {
      p = parser;
      if (p.nextToken() == null) {
        throw new CatalogException(source, 0, 0, "the file is empty (expected a JSON object)");
      }
      expect(JsonToken.START_OBJECT, "the catalog must be a JSON object");
      JsonStreamContext ctx = p.getParsingContext();
      SourcePosition at = here();
      Set<String> bad = new HashSet<>();
      String version = null;
      ReleaseDate date = null;
      List<Org> orgs = null;
      List<Model> models = null;
      List<ChangelogEntry> changelog = List.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        try {
          switch (field) {
            case "version" -> version = string(field);
            case "date" -> date = date(field);
            case "orgs" -> orgs = array(field, this::org);
            case "models" -> models = array(field, this::model);
            case "changelog" -> changelog = array(field, this::changelogEntry);
            case "$schema", "description", "attribution" -> string(field);
            default -> unknown(field, "catalog");
          }
        } catch (CatalogException e) {
          recover(e, ctx, bad, field);
        }
      }
      if (p.nextToken() != null) {
        throw fail("unexpected content after the catalog object");
      }
      if (version == null || date == null || orgs == null || models == null) {
        List<String> missing = new ArrayList<>();
        for (String f : List.of("version", "date", "orgs", "models")) {
          boolean absent =
              switch (f) {
                case "version" -> version == null;
                case "date" -> date == null;
                case "orgs" -> orgs == null;
                default -> models == null;
              };
          if (absent && !bad.contains(f)) {
            missing.add("\"" + f + "\"");
          }
        }
        if (!missing.isEmpty()) {
          CatalogException e =
              new CatalogException(
                  source,
                  at.line(),
                  at.column(),
                  "the catalog needs \"version\", \"date\", \"orgs\" and \"models\" (missing: "
                      + String.join(", ", missing)
                      + ")");
          if (!collect) {
            throw e;
          }
          problems.add(problem(e));
        }
      }
      return new CatalogData(
          source,
          version,
          date,
          orgs == null ? List.of() : orgs,
          models == null ? List.of() : models,
          changelog,
          positions,
          warnings,
          orgPositions,
          modelPositions);
    } catch (StreamConstraintsException e) {
      throw jsonProblem(e, "exceeds a safety limit: ");
    } catch (CharConversionException e) {
      throw jsonProblem(e, "not UTF-8: ");
    } catch (JsonProcessingException e) {
      boolean encoding = String.valueOf(e.getOriginalMessage()).contains("UTF-8");
      throw jsonProblem(e, encoding ? "not UTF-8: " : "malformed JSON: ");
    } catch (IOException e) {
      throw new CatalogException(source, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private CatalogException jsonProblem(IOException e, String what) {
    JsonLocation loc = e instanceof JsonProcessingException j ? j.getLocation() : null;
    if (loc == null && p != null) {
      loc = p.currentLocation(); // limits are reported without a location
    }
    String message =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return new CatalogException(
        source,
        loc == null ? 0 : loc.getLineNr(),
        loc == null ? 0 : loc.getColumnNr(),
        what + firstLine(message),
        e);
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message);
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    // Jackson's "start marker at [Source: REDACTED (...); line: 9, column: 15]": the file is known.
    return m.replaceAll("\\[Source: [^;\\]]*; ", "[")
        .replace(", from `StreamReadConstraints.getMaxNestingDepth()`", "")
        .replaceAll(" \\(from `StreamReadConstraints[^`]*`\\)", "");
  }

  private interface Item<T> {
    T read() throws IOException;
  }

  /** An array's items; when checking, a broken item is recorded and left out. */
  private <T> List<T> array(String field, Item<T> item) throws IOException {
    expect(JsonToken.START_ARRAY, "\"" + field + "\" must be an array");
    JsonStreamContext ctx = p.getParsingContext();
    List<T> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      try {
        T value = item.read();
        if (value != null) {
          out.add(value);
        }
      } catch (CatalogException e) {
        recover(e, ctx, null, null);
      }
    }
    return out;
  }

  private List<String> strings(String field) throws IOException {
    return array(field, () -> string(field));
  }

  /**
   * Reading: rethrows. Checking: records the problem, notes the field as bad and skips the rest of
   * the broken value, so that reading goes on with the next field or item.
   */
  private void recover(CatalogException e, JsonStreamContext ctx, Set<String> bad, String field)
      throws IOException {
    if (!collect || e.getCause() instanceof JsonProcessingException) {
      throw e;
    }
    problems.add(problem(e));
    if (bad != null) {
      bad.add(field);
    }
    while (p.getParsingContext() != ctx) {
      if (p.nextToken() == null) {
        return;
      }
    }
  }

  private CatalogProblem problem(CatalogException e) {
    String rule;
    if (e.getCause() instanceof StreamConstraintsException) {
      rule = "limit";
    } else if (e.getCause() instanceof JsonProcessingException
        || e.getCause() instanceof CharConversionException) {
      rule = "json";
    } else if (e.getCause() instanceof IOException) {
      rule = "file";
    } else {
      rule = "schema";
    }
    return CatalogProblem.error(rule, e.position(), e.problem());
  }

  /** Gives the problems recorded since {@code from} the model or org they belong to. */
  private void attribute(int from, String id, boolean org) {
    for (int i = from; i < problems.size(); i++) {
      CatalogProblem pr = problems.get(i);
      if (pr.model() == null && pr.org() == null) {
        problems.set(i, org ? pr.forOrg(id) : pr.forModel(id));
      }
    }
  }

  private Org org() throws IOException {
    SourcePosition at = here();
    expect(JsonToken.START_OBJECT, "each org must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    int firstProblem = problems.size();
    Set<String> bad = new HashSet<>();
    String id = null, name = null, nameZh = null, family = null, country = null, url = null;
    String mergedInto = null, mergedOn = null, notes = null;
    List<String> aliases = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "id" -> id = slug(field);
          case "name" -> name = nonEmpty(field);
          case "nameZh" -> nameZh = optString(field);
          case "family" -> family = nonEmpty(field);
          case "country" -> country = optString(field);
          case "aliases" -> aliases = strings(field);
          case "url" -> url = optString(field);
          case "mergedInto" -> mergedInto = optString(field);
          case "mergedOn" -> mergedOn = optString(field);
          case "notes" -> notes = optString(field);
          default -> unknown(field, "org");
        }
      } catch (CatalogException e) {
        recover(e, ctx, bad, field);
      }
    }
    require(at, "org", id, "id", bad);
    if (id == null) {
      return null;
    }
    require(at, "org " + id, name, "name", bad);
    if (collect && family == null && !bad.contains("family")) {
      // The schema requires it; reading for use falls back to the name.
      problems.add(CatalogProblem.error("schema", at, "org " + id + " is missing \"family\""));
    }
    attribute(firstProblem, id, true);
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

  private Model model() throws IOException {
    SourcePosition at = here();
    expect(JsonToken.START_OBJECT, "each model must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    int firstProblem = problems.size();
    Set<String> bad = new HashSet<>();
    Map<String, SourcePosition> fieldsAt = collect ? new HashMap<>() : null;
    String id = null, name = null, nameZh = null, org = null, license = null, notes = null;
    String seed = null;
    Category category = null;
    ReleaseDate released = null;
    Openness open = Openness.UNKNOWN;
    ParamSize params = null;
    List<String> aliases = List.of(), trainedWith = List.of(), corrections = List.of();
    List<Lineage> bases = List.of();
    Map<String, String> links = Map.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (fieldsAt != null) {
        fieldsAt.put(field, here());
      }
      try {
        switch (field) {
          case "id" -> id = slug(field);
          case "name" -> name = nonEmpty(field);
          case "nameZh" -> nameZh = optString(field);
          case "aliases" -> aliases = strings(field);
          case "org" -> org = slug(field);
          case "category" -> category = category();
          case "released" ->
              released = p.currentToken() == JsonToken.VALUE_NULL ? null : date(field);
          case "open" -> open = openness();
          case "params" -> params = p.currentToken() == JsonToken.VALUE_NULL ? null : params();
          case "base" -> bases = array(field, this::lineage);
          case "trainedWith" -> trainedWith = strings(field);
          case "links" -> links = links();
          case "license" -> license = optString(field);
          case "notes" -> notes = optString(field);
          case "corrections" -> corrections = strings(field);
          case "seed" -> seed = optString(field);
          default -> unknown(field, "model");
        }
      } catch (CatalogException e) {
        recover(e, ctx, bad, field);
      }
    }
    require(at, "model", id, "id", bad);
    if (id == null) {
      return null;
    }
    require(at, "model " + id, name, "name", bad);
    require(at, "model " + id, org, "org", bad);
    require(at, "model " + id, category, "category", bad);
    attribute(firstProblem, id, false);
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
        open,
        params,
        bases,
        trainedWith,
        links,
        license,
        notes,
        corrections,
        seed);
  }

  private Category category() throws IOException {
    String text = string("category");
    return Category.fromId(text)
        .orElseThrow(
            () -> fail("unknown category \"" + text + "\" (known: " + knownCategories() + ")"));
  }

  private static String knownCategories() {
    StringBuilder sb = new StringBuilder();
    for (Category c : Category.values()) {
      sb.append(sb.isEmpty() ? "" : ", ").append(c.id());
    }
    return sb.toString();
  }

  private Openness openness() throws IOException {
    return switch (p.currentToken()) {
      case VALUE_TRUE -> Openness.OPEN;
      case VALUE_FALSE -> Openness.CLOSED;
      case VALUE_NULL -> Openness.UNKNOWN;
      default -> throw fail("\"open\" must be true, false or null");
    };
  }

  private ParamSize params() throws IOException {
    expect(JsonToken.START_OBJECT, "\"params\" must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = new HashSet<>();
    String text = null;
    Long min = null, max = null, active = null;
    List<String> variants = List.of();
    Boolean confirmed = null;
    SourcePosition at = here();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "text" -> text = string(field);
          case "min" -> min = optCount(field);
          case "max" -> max = optCount(field);
          case "active" -> active = optCount(field);
          case "variants" -> variants = strings(field);
          case "confirmed" -> confirmed = bool(field);
          default -> unknown(field, "params");
        }
      } catch (CatalogException e) {
        recover(e, ctx, bad, field);
      }
    }
    if (collect) {
      // The schema requires both; reading for use tolerates their absence.
      for (String f : List.of("text", "confirmed")) {
        if ((f.equals("text") ? text : confirmed) == null && !bad.contains(f)) {
          problems.add(CatalogProblem.error("schema", at, "\"params\" is missing \"" + f + "\""));
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
      throw new CatalogException(source, at.line(), at.column(), e.getMessage());
    }
  }

  private Lineage lineage() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Lineage.plain(p.getText());
    }
    expect(JsonToken.START_OBJECT, "each base must be a model id or an object with \"id\"");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = new HashSet<>();
    String id = null;
    Relation relation = null;
    ReleaseDate since = null;
    SourcePosition at = here();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "id" -> id = string(field);
          case "relation" -> {
            String text = string(field);
            relation =
                Relation.fromId(text).orElseThrow(() -> fail("unknown relation \"" + text + "\""));
          }
          case "since" -> since = date(field);
          default -> unknown(field, "base");
        }
      } catch (CatalogException e) {
        recover(e, ctx, bad, field);
      }
    }
    require(at, "base", id, "id", bad);
    return id == null ? null : new Lineage(id, relation, since);
  }

  private Map<String, String> links() throws IOException {
    expect(JsonToken.START_OBJECT, "\"links\" must be an object of kind to URL");
    JsonStreamContext ctx = p.getParsingContext();
    Map<String, String> links = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String kind = p.currentName();
      p.nextToken();
      try {
        links.put(kind, string(kind));
      } catch (CatalogException e) {
        recover(e, ctx, null, kind);
      }
    }
    return links;
  }

  private ChangelogEntry changelogEntry() throws IOException {
    SourcePosition at = here();
    expect(JsonToken.START_OBJECT, "each changelog entry must be an object");
    JsonStreamContext ctx = p.getParsingContext();
    Set<String> bad = new HashSet<>();
    String version = null;
    ReleaseDate date = null;
    List<String> changes = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      try {
        switch (field) {
          case "version" -> version = string(field);
          case "date" -> date = date(field);
          case "changes" -> changes = strings(field);
          default -> unknown(field, "changelog entry");
        }
      } catch (CatalogException e) {
        recover(e, ctx, bad, field);
      }
    }
    require(at, "changelog entry", version, "version", bad);
    require(at, "changelog entry " + version, changes, "changes", bad);
    return version == null || changes == null ? null : new ChangelogEntry(version, date, changes);
  }

  private String string(String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("\"" + field + "\" must be a string");
    }
    return p.getText();
  }

  private String nonEmpty(String field) throws IOException {
    String text = string(field);
    if (text.isBlank()) {
      throw fail("\"" + field + "\" must not be empty");
    }
    return text;
  }

  private String optString(String field) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : string(field);
  }

  private boolean bool(String field) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> throw fail("\"" + field + "\" must be true or false");
    };
  }

  private Long optCount(String field) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_NUMBER_INT -> {
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() <= 0) {
          throw fail("\"" + field + "\" must be a positive whole number of parameters");
        }
        yield p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        double v = p.getDoubleValue();
        if (v <= 0 || v > 1e18 || v != Math.rint(v)) {
          throw fail("\"" + field + "\" must be a positive whole number of parameters");
        }
        yield (long) v;
      }
      default -> throw fail("\"" + field + "\" must be a number or null");
    };
  }

  private String slug(String field) throws IOException {
    String id = string(field);
    if (!Slugs.valid(id)) {
      throw fail(
          "\"" + id + "\" is not a valid id (lower-case letters, digits and single hyphens)");
    }
    return id;
  }

  private ReleaseDate date(String field) throws IOException {
    String text = string(field);
    try {
      return ReleaseDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw fail("\"" + field + "\": " + e.getMessage());
    }
  }

  private void expect(JsonToken token, String problem) {
    if (p.currentToken() != token) {
      throw fail(problem);
    }
  }

  private void unknown(String field, String where) throws IOException {
    SourcePosition at = here();
    String message = "unknown " + where + " field \"" + field + "\" ignored";
    warnings.add(at + ": " + message);
    if (collect) {
      problems.add(
          new CatalogProblem(
              CatalogProblem.Severity.WARNING, "unknown-field", at, null, null, message));
    }
    p.skipChildren();
  }

  /** A required value: when it is missing (and not already reported as bad), a problem. */
  private void require(
      SourcePosition at, String what, Object value, String field, Set<String> bad) {
    if (value == null && !bad.contains(field)) {
      CatalogException e =
          new CatalogException(
              at.source(), at.line(), at.column(), what + " is missing \"" + field + "\"");
      if (!collect) {
        throw e;
      }
      problems.add(problem(e));
    }
  }

  private SourcePosition here() {
    JsonLocation loc = p.currentTokenLocation();
    return new SourcePosition(source, loc.getLineNr(), loc.getColumnNr());
  }

  private CatalogException fail(String problem) {
    SourcePosition at = here();
    return new CatalogException(source, at.line(), at.column(), problem);
  }
}
