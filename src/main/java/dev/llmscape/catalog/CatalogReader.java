package dev.llmscape.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.llmscape.model.Category;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.Relation;
import dev.llmscape.model.ReleaseDate;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalog format (docs/catalog.md) with Jackson's streaming parser. Databind is avoided
 * on purpose: creating an ObjectMapper costs more start-up time than reading the whole catalog.
 *
 * <p>Structural problems (malformed JSON, wrong types, missing required fields, bad values) throw
 * {@link CatalogException} with the line and column; unknown fields become warnings.
 */
public final class CatalogReader {
  /** Limits that keep a hostile or broken file from exhausting memory or the stack. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(32)
                  .maxStringLength(1_000_000)
                  .maxNumberLength(40)
                  .build())
          .build();

  private final String source;
  private final Map<String, SourcePosition> positions = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private JsonParser p;

  private CatalogReader(String source) {
    this.source = source;
  }

  /**
   * Reads a whole catalog.
   *
   * @param source the file name or resource used in messages
   */
  public static CatalogData read(InputStream in, String source) {
    return new CatalogReader(source).readAll(in);
  }

  private CatalogData readAll(InputStream in) {
    try (JsonParser parser = FACTORY.createParser(in)) {
      p = parser;
      if (p.nextToken() == null) {
        throw fail("the file is empty (expected a JSON object)");
      }
      expect(JsonToken.START_OBJECT, "the catalog must be a JSON object");
      String version = null;
      ReleaseDate date = null;
      List<Org> orgs = null;
      List<Model> models = null;
      List<ChangelogEntry> changelog = List.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "version" -> version = string(field);
          case "date" -> date = date(field);
          case "orgs" -> orgs = array(field, this::org);
          case "models" -> models = array(field, this::model);
          case "changelog" -> changelog = array(field, this::changelogEntry);
          case "$schema", "description", "attribution" -> p.skipChildren();
          default -> unknown(field, "catalog");
        }
      }
      if (p.nextToken() != null) {
        throw fail("unexpected content after the catalog object");
      }
      if (version == null || date == null || orgs == null || models == null) {
        throw new CatalogException(
            source, 0, 0, "the catalog needs \"version\", \"date\", \"orgs\" and \"models\"");
      }
      return new CatalogData(source, version, date, orgs, models, changelog, positions, warnings);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new CatalogException(
          source,
          loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(),
          "malformed JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new CatalogException(source, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private interface Item<T> {
    T read() throws IOException;
  }

  private <T> List<T> array(String field, Item<T> item) throws IOException {
    expect(JsonToken.START_ARRAY, "\"" + field + "\" must be an array");
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(item.read());
    }
    return out;
  }

  private List<String> strings(String field) throws IOException {
    return array(field, () -> string(field));
  }

  private Org org() throws IOException {
    SourcePosition at = here();
    expect(JsonToken.START_OBJECT, "each org must be an object");
    String id = null, name = null, nameZh = null, family = null, country = null, url = null;
    String mergedInto = null, mergedOn = null, notes = null;
    List<String> aliases = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = slug(field);
        case "name" -> name = string(field);
        case "nameZh" -> nameZh = optString(field);
        case "family" -> family = string(field);
        case "country" -> country = optString(field);
        case "aliases" -> aliases = strings(field);
        case "url" -> url = optString(field);
        case "mergedInto" -> mergedInto = optString(field);
        case "mergedOn" -> mergedOn = optString(field);
        case "notes" -> notes = optString(field);
        default -> unknown(field, "org");
      }
    }
    require(at, "org", id, "id");
    require(at, "org " + id, name, "name");
    positions.put("org:" + id, at);
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
      switch (field) {
        case "id" -> id = slug(field);
        case "name" -> name = string(field);
        case "nameZh" -> nameZh = optString(field);
        case "aliases" -> aliases = strings(field);
        case "org" -> org = string(field);
        case "category" -> category = category();
        case "released" -> released = p.currentToken() == JsonToken.VALUE_NULL ? null : date(field);
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
    }
    require(at, "model", id, "id");
    require(at, "model " + id, name, "name");
    require(at, "model " + id, org, "org");
    require(at, "model " + id, category, "category");
    positions.put(id, at);
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
    String text = null;
    Long min = null, max = null, active = null;
    List<String> variants = List.of();
    boolean confirmed = true;
    SourcePosition at = here();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "text" -> text = string(field);
        case "min" -> min = optCount(field);
        case "max" -> max = optCount(field);
        case "active" -> active = optCount(field);
        case "variants" -> variants = strings(field);
        case "confirmed" -> confirmed = bool(field);
        default -> unknown(field, "params");
      }
    }
    try {
      return new ParamSize(text == null ? "unknown" : text, min, max, variants, active, confirmed);
    } catch (IllegalArgumentException e) {
      throw new CatalogException(source, at.line(), at.column(), e.getMessage());
    }
  }

  private Lineage lineage() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Lineage.plain(p.getText());
    }
    expect(JsonToken.START_OBJECT, "each base must be a model id or an object with \"id\"");
    String id = null;
    Relation relation = null;
    ReleaseDate since = null;
    SourcePosition at = here();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
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
    }
    require(at, "base", id, "id");
    return new Lineage(id, relation, since);
  }

  private Map<String, String> links() throws IOException {
    expect(JsonToken.START_OBJECT, "\"links\" must be an object of kind to URL");
    Map<String, String> links = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String kind = p.currentName();
      p.nextToken();
      links.put(kind, string(kind));
    }
    return links;
  }

  private ChangelogEntry changelogEntry() throws IOException {
    expect(JsonToken.START_OBJECT, "each changelog entry must be an object");
    String version = null;
    ReleaseDate date = null;
    List<String> changes = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "version" -> version = string(field);
        case "date" -> date = date(field);
        case "changes" -> changes = strings(field);
        default -> unknown(field, "changelog entry");
      }
    }
    return new ChangelogEntry(version, date, changes);
  }

  private String string(String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("\"" + field + "\" must be a string");
    }
    return p.getText();
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
    if (!isSlug(id)) {
      throw fail(
          "\"" + id + "\" is not a valid id (lower-case letters, digits and single hyphens)");
    }
    return id;
  }

  /** {@code [a-z0-9]+(-[a-z0-9]+)*}, checked without compiling a regex for every id. */
  static boolean isSlug(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
      if (!ok) {
        return false;
      }
      previous = c;
    }
    return true;
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
    warnings.add(at + ": unknown " + where + " field \"" + field + "\" ignored");
    p.skipChildren();
  }

  private static void require(SourcePosition at, String what, Object value, String field) {
    if (value == null) {
      throw new CatalogException(
          at.source(), at.line(), at.column(), what + " is missing \"" + field + "\"");
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
