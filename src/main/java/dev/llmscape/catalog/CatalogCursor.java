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
import dev.llmscape.model.ReleaseDate;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parser's place in one catalog file, with the readers for its plain values (strings, ids,
 * dates, counts) and the record of what went wrong so far. Every message and position the reader
 * reports is made here, so that {@link CatalogReader#read} and {@link CatalogReader#check} word
 * their problems alike.
 *
 * <p>One cursor reads one file, once. It is not thread-safe.
 */
final class CatalogCursor {
  private static final JsonFactory FACTORY = factory(CatalogReader.MAX_DOCUMENT);

  /** The read limits (docs/catalog.md); only the document's length varies with the file. */
  private static JsonFactory factory(long maxDocument) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(CatalogReader.MAX_NESTING)
                .maxStringLength(CatalogReader.MAX_STRING)
                .maxNameLength(10_000)
                .maxNumberLength(40)
                .maxDocumentLength(maxDocument)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  final String source;

  /** True when checking: problems are recorded and reading goes on; false: the first one throws. */
  final boolean collect;

  final List<String> warnings = new ArrayList<>();
  final List<CatalogProblem> problems = new ArrayList<>();

  /** Null until {@link #open}; the entry readers use it directly, as it is read for every token. */
  JsonParser parser;

  private final long maxDocument;

  CatalogCursor(String source, boolean collect, long maxDocument) {
    this.source = source;
    this.collect = collect;
    this.maxDocument = maxDocument;
  }

  /** Starts reading {@code in} under the read limits; the caller closes the parser. */
  JsonParser open(InputStream in) throws IOException {
    JsonFactory factory =
        maxDocument == CatalogReader.MAX_DOCUMENT ? FACTORY : factory(maxDocument);
    parser = factory.createParser(new Utf8Check(in));
    return parser;
  }

  /**
   * Where a reader notes the fields it found broken: only when checking, as reading stops at the
   * first problem ({@link #recover}), so a model read for use allocates no set.
   */
  Set<String> badFields() {
    return collect ? new java.util.HashSet<>() : Set.of();
  }

  /**
   * Values that repeat across a big catalog (org ids, licences, parameter counts and their text)
   * kept once rather than once per model: the same values, but a million-model catalog holds a few
   * hundred strings instead of millions, and the collector copies that much less. Bounded, so a
   * file of all-different values costs a table of {@link #SHARED_MAX} entries and no more.
   */
  private final java.util.HashMap<Object, Object> shared = new java.util.HashMap<>();

  private static final int SHARED_MAX = 4096;

  String shared(String value) {
    return value == null ? null : (String) share(value);
  }

  Long shared(Long value) {
    return value == null ? null : (Long) share(value);
  }

  private Object share(Object value) {
    Object kept = shared.get(value);
    if (kept != null) {
      return kept;
    }
    if (shared.size() < SHARED_MAX) {
      shared.put(value, value);
    }
    return value;
  }

  CatalogException jsonProblem(IOException e, String what) {
    JsonLocation loc = e instanceof JsonProcessingException j ? j.getLocation() : null;
    if (loc == null && parser != null) {
      loc = parser.currentLocation(); // limits are reported without a location
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
    // Jackson names its own switches ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to
    // allow", "Feature 'ALLOW_COMMENTS' not enabled"): a catalog's author can turn none of them on.
    m =
        m.replaceAll(":? *enable `[^`]*` to allow", "")
            .replaceAll(
                " *\\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
            .replaceAll(
                "Non-standard token ('[^']*')",
                "$1 is not a JSON number (JSON has no NaN or Infinity)");
    return m.replaceAll("\\[Source: [^;\\]]*; ", "[")
        .replaceAll(", from `StreamReadConstraints[^`]*`", "")
        .replaceAll(" \\(from `StreamReadConstraints[^`]*`\\)", "");
  }

  /** Reads one array item, the parser on its first token; null leaves the item out. */
  interface Item<T> {
    T read() throws IOException;
  }

  /** An array's items; when checking, a broken item is recorded and left out. */
  <T> List<T> array(String field, Item<T> item) throws IOException {
    expect(JsonToken.START_ARRAY, "\"" + field + "\" must be an array");
    JsonStreamContext ctx = parser.getParsingContext();
    List<T> out = new ArrayList<>();
    for (JsonToken t = parser.nextToken();
        t != JsonToken.END_ARRAY && t != null;
        t = parser.nextToken()) {
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

  List<String> strings(String field) throws IOException {
    return array(field, () -> string(field));
  }

  /**
   * Reading: rethrows. Checking: records the problem, notes the field as bad and skips the rest of
   * the broken value, so that reading goes on with the next field or item.
   */
  void recover(CatalogException e, JsonStreamContext ctx, Set<String> bad, String field)
      throws IOException {
    if (!collect || e.getCause() instanceof JsonProcessingException) {
      throw e;
    }
    problems.add(problem(e));
    if (bad != null) {
      bad.add(field);
    }
    while (parser.getParsingContext() != ctx) {
      if (parser.nextToken() == null) {
        return;
      }
    }
  }

  CatalogProblem problem(CatalogException e) {
    String rule;
    if (e.getCause() instanceof StreamConstraintsException) {
      rule = "limit";
    } else if (e.getCause() instanceof JsonProcessingException
        || e.getCause() instanceof CharConversionException) {
      rule = "json";
    } else if (e.getCause() instanceof IOException) {
      rule = "file";
    } else if (e instanceof CatalogReader.NewerFormatException) {
      rule = "format";
    } else {
      rule = "schema";
    }
    return CatalogProblem.error(rule, e.position(), e.problem());
  }

  /** Gives the problems recorded since {@code from} the model or org they belong to. */
  void attribute(int from, String id, boolean org) {
    for (int i = from; i < problems.size(); i++) {
      CatalogProblem pr = problems.get(i);
      if (pr.model() == null && pr.org() == null) {
        problems.set(i, org ? pr.forOrg(id) : pr.forModel(id));
      }
    }
  }

  String string(String field) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("\"" + field + "\" must be a string");
    }
    return parser.getText();
  }

  String nonEmpty(String field) throws IOException {
    String text = string(field);
    if (text.isBlank()) {
      throw fail("\"" + field + "\" must not be empty");
    }
    return text;
  }

  String optString(String field) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL ? null : string(field);
  }

  boolean bool(String field) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> throw fail("\"" + field + "\" must be true or false");
    };
  }

  Long optCount(String field) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            || parser.getLongValue() <= 0) {
          throw fail("\"" + field + "\" must be a positive whole number of parameters");
        }
        yield parser.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        double v = parser.getDoubleValue();
        if (v <= 0 || v > 1e18 || v != Math.rint(v)) {
          throw fail("\"" + field + "\" must be a positive whole number of parameters");
        }
        yield (long) v;
      }
      default -> throw fail("\"" + field + "\" must be a number or null");
    };
  }

  /** A whole number of tokens (a context window, an output limit), or null. */
  Long optTokens(String field) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            || parser.getLongValue() <= 0) {
          throw fail("\"" + field + "\" must be a positive whole number of tokens");
        }
        yield parser.getLongValue();
      }
      default -> throw fail("\"" + field + "\" must be a whole number of tokens or null");
    };
  }

  /** A positive finite number (a count of tokens or FLOP, maybe in exponent form). */
  double positiveNumber(String field) throws IOException {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail("\"" + field + "\" must be a number");
    }
    double v = parser.getDoubleValue();
    if (!(v > 0) || Double.isInfinite(v)) {
      throw fail("\"" + field + "\" must be a positive number");
    }
    return v;
  }

  ReleaseDate optDate(String field) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL ? null : date(field);
  }

  String slug(String field) throws IOException {
    String id = string(field);
    if (!Slugs.valid(id)) {
      throw fail(
          "\"" + id + "\" is not a valid id (lower-case letters, digits and single hyphens)");
    }
    return id;
  }

  ReleaseDate date(String field) throws IOException {
    String text = string(field);
    try {
      return ReleaseDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw fail("\"" + field + "\": " + e.getMessage());
    }
  }

  void expect(JsonToken token, String problem) {
    if (parser.currentToken() != token) {
      throw fail(problem);
    }
  }

  void unknown(String field, String where) throws IOException {
    SourcePosition at = here();
    String message = "unknown " + where + " field \"" + field + "\" ignored";
    warnings.add(at + ": " + message);
    if (collect) {
      problems.add(
          new CatalogProblem(
              CatalogProblem.Severity.WARNING, "unknown-field", at, null, null, message));
    }
    parser.skipChildren();
  }

  /** A required value: when it is missing (and not already reported as bad), a problem. */
  void require(SourcePosition at, String what, Object value, String field, Set<String> bad) {
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

  SourcePosition here() {
    JsonLocation loc = parser.currentTokenLocation();
    return new SourcePosition(source, loc.getLineNr(), loc.getColumnNr());
  }

  CatalogException fail(String problem) {
    SourcePosition at = here();
    return new CatalogException(source, at.line(), at.column(), problem);
  }
}
