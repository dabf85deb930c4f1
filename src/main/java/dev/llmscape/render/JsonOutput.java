package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The one place JSON output is configured: pretty-printed with two spaces, UTF-8 text kept as is,
 * and every control character (C0, DEL, C1), bidirectional control, line or paragraph separator and
 * surrogate (characters beyond the BMP, such as emoji, as their escaped pair) escaped as {@code
 * \}{@code uXXXX}, so JSON printed to a terminal cannot carry escape sequences.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonOutput() {}

  /** Writes one JSON document followed by a newline. */
  public static void write(PrintWriter out, JsonBody body) {
    try {
      JsonGenerator gen = FACTORY.createGenerator(out);
      gen.setCharacterEscapes(new SafeEscapes());
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
      gen.setPrettyPrinter(pretty);
      body.write(gen);
      gen.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one JSON document on one line (JSON Lines), with the same escapes. */
  public static void writeLine(PrintWriter out, JsonBody body) {
    try {
      JsonGenerator gen = FACTORY.createGenerator(out);
      gen.setCharacterEscapes(new SafeEscapes());
      body.write(gen);
      gen.flush();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One JSON document on one line, as a string to embed in an HTML {@code <script
   * type="application/json">}: the same escapes, and {@code <}, {@code >}, {@code &} and {@code '}
   * as well, so no text in it can close the script element or read as markup.
   */
  public static String forHtml(JsonBody body) {
    java.io.StringWriter text = new java.io.StringWriter();
    try {
      JsonGenerator gen = FACTORY.createGenerator(text);
      gen.setCharacterEscapes(new SafeEscapes(true));
      body.write(gen);
      gen.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Writes a document with a generator. */
  @FunctionalInterface
  public interface JsonBody {
    void write(JsonGenerator gen) throws IOException;
  }

  private static final class SafeEscapes extends CharacterEscapes {
    private final int[] table;

    private final boolean html;

    SafeEscapes() {
      this(false);
    }

    SafeEscapes(boolean html) {
      this.html = html;
      table = CharacterEscapes.standardAsciiEscapesForJSON();
      table[0x7f] = CharacterEscapes.ESCAPE_CUSTOM;
      if (html) {
        for (char c : new char[] {'<', '>', '&', '\''}) {
          table[c] = CharacterEscapes.ESCAPE_CUSTOM;
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x7f
          || (html && (ch == '<' || ch == '>' || ch == '&' || ch == '\''))
          || (ch >= 0x80 && ch <= 0x9f)
          || (ch >= 0x202a && ch <= 0x202e)
          || (ch >= 0x2066 && ch <= 0x2069)
          || ch == 0x200e
          || ch == 0x200f
          || ch == 0x061c
          || ch == 0x2028
          || ch == 0x2029
          // Surrogates: a lone one cannot be written as UTF-8 (it would turn into '?'); escaped,
          // a pair is still valid JSON for the same character.
          || Character.isSurrogate((char) ch)) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
