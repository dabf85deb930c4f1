package dev.llmscape.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import dev.llmscape.model.ReleaseDate;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the catalog format (docs/catalog.md) with Jackson's streaming parser. Databind is avoided
 * on purpose: creating an ObjectMapper costs more start-up time than reading the whole catalog.
 *
 * <p>{@link #read} is for use: the first structural problem (malformed JSON, wrong type, missing
 * required field, bad value) throws {@link CatalogException} with the line and column. {@link
 * #check} is for {@code validate}: it records every structural problem, skips the broken value and
 * reads on; only malformed JSON stops it. Unknown fields are warnings in both.
 *
 * <p>This class reads the top-level object; {@link CatalogEntryReader} reads the orgs, models and
 * changelog entries in it, and {@link CatalogCursor} the plain values, with the limits, positions
 * and problems that both share.
 */
public final class CatalogReader {
  /** Limits that keep a hostile or broken file from exhausting memory or the stack. */
  public static final int MAX_NESTING = 32;

  public static final int MAX_STRING = 1_000_000;

  /**
   * The size limit for a catalog nobody chose by name: the bundled or an installed one, or a stream
   * without a size (a pipe). A file the user names is read up to its own size ({@link
   * #documentLimit}).
   */
  public static final long MAX_DOCUMENT = 100_000_000L;

  /**
   * The document limit for a file of this size that the user named ({@code --catalog}, {@code
   * LLMSCAPE_CATALOG}, {@code validate FILE}): its own size, and never less than {@link
   * #MAX_DOCUMENT}. Such a file is trusted to be as big as it is (a catalog of every Hugging Face
   * model is about 350 MB); what would exhaust memory or the stack from within a value (nesting,
   * string, name and number lengths) stays bounded, and a file that grows while it is read is
   * refused at the size it had when it was named.
   *
   * @param size the file's size, or a negative number when it has none (a pipe, a device)
   */
  public static long documentLimit(long size) {
    return Math.max(MAX_DOCUMENT, size);
  }

  /**
   * The newest catalog format this build reads (docs/catalog.md). A file without {@code
   * formatVersion} is version 1; version 2 only adds optional fields. A newer file is refused
   * rather than read with its new fields ignored.
   */
  public static final int FORMAT_VERSION = 2;

  private final CatalogCursor json;
  private final CatalogEntryReader entries;

  private CatalogReader(String source, boolean collect, long maxDocument) {
    this.json = new CatalogCursor(source, collect, maxDocument);
    this.entries = new CatalogEntryReader(json);
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
    return read(in, source, MAX_DOCUMENT);
  }

  /**
   * Reads a whole catalog of at most {@code maxDocument} bytes (see {@link #documentLimit}).
   *
   * @throws CatalogException at the first problem
   */
  public static CatalogData read(InputStream in, String source, long maxDocument) {
    return new CatalogReader(source, false, maxDocument).readAll(in);
  }

  /** Reads a whole catalog, recording every problem instead of stopping at the first. */
  public static Checked check(InputStream in, String source) {
    return check(in, source, MAX_DOCUMENT);
  }

  /**
   * As {@link #check(InputStream, String)}, for a document of at most {@code maxDocument} bytes.
   */
  public static Checked check(InputStream in, String source, long maxDocument) {
    CatalogReader reader = new CatalogReader(source, true, maxDocument);
    CatalogData data;
    try {
      data = reader.readAll(in);
    } catch (CatalogException e) {
      reader.json.problems.add(reader.json.problem(e));
      data = null;
    }
    return new Checked(data, reader.json.problems, reader.entries.incomplete);
  }

  /** A catalog written for a newer llmscape: reading stops at its {@code formatVersion}. */
  static final class NewerFormatException extends CatalogException {
    NewerFormatException(SourcePosition at, String problem) {
      super(at.source(), at.line(), at.column(), problem);
    }
  }

  private void formatVersion() throws IOException {
    JsonParser p = json.parser;
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || p.getLongValue() < 1) {
      throw json.fail("\"formatVersion\" must be a whole number, 1 or more");
    }
    long v = p.getLongValue();
    if (v > FORMAT_VERSION) {
      throw new NewerFormatException(
          json.here(),
          "catalog format version "
              + v
              + " is newer than this llmscape reads (up to "
              + FORMAT_VERSION
              + "); update llmscape to read it");
    }
  }

  private CatalogData readAll(InputStream in) {
    String source = json.source;
    try (JsonParser p = json.open(in)) {
      if (p.nextToken() == null) {
        throw new CatalogException(source, 0, 0, "the file is empty (expected a JSON object)");
      }
      json.expect(JsonToken.START_OBJECT, "the catalog must be a JSON object");
      JsonStreamContext ctx = p.getParsingContext();
      SourcePosition at = json.here();
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
            case "formatVersion" -> formatVersion();
            case "version" -> version = json.string(field);
            case "date" -> date = json.date(field);
            case "orgs" -> orgs = json.array(field, entries::org);
            case "models" -> models = json.array(field, entries::model);
            case "changelog" -> changelog = json.array(field, entries::changelogEntry);
            case "$schema", "description", "attribution" -> json.string(field);
            default -> json.unknown(field, "catalog");
          }
        } catch (CatalogException e) {
          if (e instanceof NewerFormatException) {
            throw e; // nothing after it can be read reliably
          }
          json.recover(e, ctx, bad, field);
        }
      }
      if (p.nextToken() != null) {
        throw json.fail("unexpected content after the catalog object");
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
          if (!json.collect) {
            throw e;
          }
          json.problems.add(json.problem(e));
        }
      }
      return new CatalogData(
          source,
          version,
          date,
          orgs == null ? List.of() : orgs,
          models == null ? List.of() : models,
          changelog,
          entries.positions,
          json.warnings,
          entries.orgPositions,
          entries.modelPositions);
    } catch (StreamConstraintsException e) {
      throw json.jsonProblem(e, "exceeds a safety limit: ");
    } catch (Utf8Check.Malformed e) {
      throw new CatalogException(source, e.line, e.column, "not UTF-8: " + e.getMessage(), e);
    } catch (CharConversionException e) {
      throw json.jsonProblem(e, "not UTF-8: ");
    } catch (JsonProcessingException e) {
      boolean encoding = String.valueOf(e.getOriginalMessage()).contains("UTF-8");
      throw json.jsonProblem(e, encoding ? "not UTF-8: " : "malformed JSON: ");
    } catch (IOException e) {
      throw new CatalogException(source, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }
}
