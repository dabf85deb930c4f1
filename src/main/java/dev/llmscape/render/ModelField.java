package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.SortKey;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * One field of a model, defined once: its name, its documentation, how JSON writes it, its flat
 * value for CSV and TSV, and where it has them, its compare row, its list column, its lines on the
 * {@code show} card and the sort keys that order by it. Every output is driven from these
 * definitions ({@link ModelFields}), so adding a field is one change.
 *
 * @param name the JSON name, also the CSV column, the {@code --fields} name and the compare row
 * @param detail true for fields only {@code show} has
 * @param type the JSON type, for docs/json.md
 * @param meaning what it means, for docs/json.md
 * @param json writes the value (the caller writes the name)
 * @param flat the value as one CSV or TSV cell, null for unknown; null for a detail field
 * @param compare its {@code compare} row, or null
 * @param column its {@code list} column, or null
 * @param card its lines on the {@code show} card, or null
 * @param sortKeys the {@code --sort} keys that order by it
 */
public record ModelField(
    String name,
    boolean detail,
    String type,
    String meaning,
    Json json,
    Flat flat,
    Compare compare,
    Column column,
    Card card,
    List<SortKey> sortKeys) {

  public ModelField {
    sortKeys = List.copyOf(sortKeys);
  }

  /** The model a field is taken from, with what some fields need besides. */
  public record Of(Catalog catalog, Model model, List<Model> derivatives) {
    public Of(Catalog catalog, Model model) {
      this(catalog, model, List.of());
    }
  }

  /** Writes a field's JSON value. */
  @FunctionalInterface
  public interface Json {
    void write(JsonGenerator gen, Of of) throws IOException;
  }

  /** A field as one flat cell, or null when unknown. */
  @FunctionalInterface
  public interface Flat {
    String of(Of of);
  }

  /** A field's cell in a table, for a terminal or a pipe. */
  @FunctionalInterface
  public interface Cell {
    Table.Cell of(Of of, TerminalContext ctx);
  }

  /**
   * A compare row.
   *
   * @param value what is compared: models with equal values do not differ in this field
   * @param optional the row shows only when some compared model has a value (the format-2 facts,
   *     which a version-1 catalog has none of)
   */
  public record Compare(Function<Model, Object> value, Cell cell, boolean optional) {}

  /**
   * A list column.
   *
   * @param pipedOnly the column shows only in piped output (the id)
   */
  public record Column(Table.Column column, Cell cell, boolean pipedOnly) {}

  /** The lines of a {@code show} card, labelled and aligned by {@link ModelCard}. */
  public interface CardLines {
    void line(String label, String value, Style style);

    void heading(String text);

    TerminalContext terminal();
  }

  /** Prints a field's lines on the card; nothing when the field is unknown and says nothing. */
  @FunctionalInterface
  public interface Card {
    void print(CardLines out, Of of);
  }
}
