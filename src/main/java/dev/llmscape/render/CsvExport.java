package dev.llmscape.render;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Models as CSV or TSV rows with the JSON contract's summary fields as columns (docs/json.md), each
 * cell the field's flat value ({@link ModelField#flat}): a header row, lists joined with {@code ;},
 * links as {@code kind=url;kind=url}, {@code params} as its text, {@code open} as yes/no, unknowns
 * empty. Written with Jackson's streaming CSV generator (quoting where needed), so no data binding.
 * Control characters are shown as symbols, as in tables, and a cell a spreadsheet would run as a
 * formula is defused ({@link #neutralised}).
 */
public final class CsvExport {
  /** Separates list items in a cell. */
  public static final String LIST_SEPARATOR = ModelFields.LIST_SEPARATOR;

  private CsvExport() {}

  /**
   * @param separator {@code ','} for CSV, {@code '\t'} for TSV
   */
  public static void write(
      PrintWriter out,
      Catalog catalog,
      List<Model> models,
      FieldSelection fields,
      char separator,
      boolean header) {
    if (models.isEmpty()) {
      // Jackson writes the header with the first row; a reader still wants the columns.
      if (header) {
        out.print(String.join(String.valueOf(separator), fields.fields()) + "\n");
      }
      out.flush();
      return;
    }
    CsvSchema.Builder columns = CsvSchema.builder();
    fields.fields().forEach(columns::addColumn);
    CsvSchema schema = columns.build().withColumnSeparator(separator).withLineSeparator("\n");
    if (header) {
      schema = schema.withHeader();
    }
    try {
      CsvGenerator gen = new CsvFactory().createGenerator(out);
      gen.setSchema(schema);
      // Quote only values that need it (separator, quote, line break, edge spaces).
      gen.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
      for (Model m : models) {
        gen.writeStartObject();
        for (String field : fields.fields()) {
          gen.writeFieldName(field);
          String value = cell(catalog, m, field);
          if (value == null) {
            gen.writeNull();
          } else {
            gen.writeString(neutralised(Sanitizer.clean(value)));
          }
        }
        gen.writeEndObject();
      }
      gen.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or their full-width
   * forms) with a single quote before it, as OWASP recommends against CSV injection: spreadsheets
   * run such a cell as a formula ({@code =HYPERLINK(...)}, {@code @SUM(...)}) and show the quoted
   * one as text. Tab and carriage return, the other starts OWASP lists, are already symbols.
   */
  static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20' -> "'" + cell;
      default -> cell;
    };
  }

  /** One summary field as a flat cell, or null for an unknown value. */
  static String cell(Catalog catalog, Model m, String field) {
    ModelField f = ModelFields.named(field);
    if (!f.hasFlat()) {
      throw new IllegalArgumentException("no CSV field " + field);
    }
    return f.flat(new ModelField.Of(catalog, m));
  }
}
