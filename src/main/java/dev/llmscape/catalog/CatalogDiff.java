package dev.llmscape.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two catalog files: orgs and models added, removed and changed, field by
 * field. It compares the files' JSON as written, so every field of every format version takes part,
 * known to this build or not. Nested fields are named by path ({@code params.min}, {@code
 * links.paper}); lists are compared whole.
 */
public record CatalogDiff(
    Side from, Side to, List<Entry> added, List<Entry> removed, List<Changed> changed) {

  /** One catalog: its name in messages, version, date and number of models. */
  public record Side(String name, String version, String date, int models) {}

  /**
   * An org or model.
   *
   * @param kind {@code org} or {@code model}
   */
  public record Entry(String kind, String id, String name) {}

  /** An org or model in both catalogs whose fields differ. */
  public record Changed(Entry entry, List<FieldChange> fields) {}

  /**
   * One field's change; a value is compact JSON, or null where the field is absent.
   *
   * @param field the field's path: {@code license}, {@code params.min}
   */
  public record FieldChange(String field, String before, String after) {}

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * Compares two catalogs' JSON.
   *
   * @throws CatalogException when either is not a JSON catalog
   */
  public static CatalogDiff of(
      InputStream before, String beforeName, InputStream after, String afterName) {
    Map<String, Object> a = readCatalog(before, beforeName);
    Map<String, Object> b = readCatalog(after, afterName);
    List<Entry> added = new ArrayList<>();
    List<Entry> removed = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    for (String kind : List.of("org", "model")) {
      Map<String, Map<String, Object>> x = byId(a, kind + "s");
      Map<String, Map<String, Object>> y = byId(b, kind + "s");
      for (var e : y.entrySet()) {
        if (!x.containsKey(e.getKey())) {
          added.add(entry(kind, e.getValue()));
        }
      }
      for (var e : x.entrySet()) {
        Map<String, Object> other = y.get(e.getKey());
        if (other == null) {
          removed.add(entry(kind, e.getValue()));
          continue;
        }
        List<FieldChange> fields = fieldChanges(e.getValue(), other);
        if (!fields.isEmpty()) {
          changed.add(new Changed(entry(kind, other), fields));
        }
      }
    }
    return new CatalogDiff(side(a, beforeName), side(b, afterName), added, removed, changed);
  }

  private static Side side(Map<String, Object> catalog, String name) {
    Object models = catalog.get("models");
    return new Side(
        name,
        String.valueOf(catalog.get("version")),
        String.valueOf(catalog.get("date")),
        models instanceof List<?> list ? list.size() : 0);
  }

  private static Entry entry(String kind, Map<String, Object> object) {
    return new Entry(kind, String.valueOf(object.get("id")), String.valueOf(object.get("name")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> byId(Map<String, Object> catalog, String key) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    if (catalog.get(key) instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.get("id") instanceof String id) {
          out.putIfAbsent(id, (Map<String, Object>) m);
        }
      }
    }
    return out;
  }

  private static List<FieldChange> fieldChanges(Map<String, Object> x, Map<String, Object> y) {
    Map<String, String> a = new LinkedHashMap<>();
    Map<String, String> b = new LinkedHashMap<>();
    flatten("", x, a);
    flatten("", y, b);
    Set<String> paths = new LinkedHashSet<>(a.keySet());
    paths.addAll(b.keySet());
    List<FieldChange> out = new ArrayList<>();
    for (String path : paths) {
      String before = a.get(path);
      String after = b.get(path);
      if (before == null ? after != null : !before.equals(after)) {
        out.add(new FieldChange(path, before, after));
      }
    }
    return out;
  }

  /** Objects become dotted paths; lists and scalars are leaves, as compact JSON. */
  private static void flatten(String prefix, Map<?, ?> object, Map<String, String> out) {
    for (var e : object.entrySet()) {
      String path = prefix + e.getKey();
      if (e.getValue() instanceof Map<?, ?> inner && !inner.isEmpty()) {
        flatten(path + ".", inner, out);
      } else if (e.getValue() != null) {
        out.put(path, json(e.getValue()));
      }
    }
  }

  /** Compact JSON for a value read by {@link #readValue}. */
  static String json(Object value) {
    if (value instanceof String s) {
      return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>(list.size());
      list.forEach(v -> parts.add(json(v)));
      return "[" + String.join(",", parts) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>(map.size());
      map.forEach((k, v) -> parts.add(json(k) + ":" + json(v)));
      return "{" + String.join(",", parts) + "}";
    }
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readCatalog(InputStream in, String name) {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new CatalogException(name, 0, 0, "not a catalog: a JSON object was expected");
      }
      return (Map<String, Object>) readValue(p);
    } catch (IOException e) {
      throw new CatalogException(name, 0, 0, "not valid JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the value at the current token as maps, lists, strings, numbers (as text) and booleans.
   */
  private static Object readValue(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          map.put(key, readValue(p));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(p));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return new NumberText(p.getText());
      }
      case VALUE_NUMBER_FLOAT -> {
        // By value, not spelling: 1e25, 1.0E25 and 1E+25 are the same figure, and so are two
        // spellings of one double (3.3e22 and 3.2999999999999998E22) that tools write differently.
        return new NumberText(
            p.getDecimalValue()
                .round(new java.math.MathContext(12))
                .stripTrailingZeros()
                .toString());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }

  /** A number as text: integers as written, others in one canonical form. */
  private record NumberText(String text) {
    @Override
    public String toString() {
      return text;
    }
  }
}
