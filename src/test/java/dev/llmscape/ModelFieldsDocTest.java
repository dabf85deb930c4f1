package dev.llmscape;

import static org.junit.jupiter.api.Assertions.fail;

import dev.llmscape.render.ModelFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/json.md's tables of the model fields are generated from their definitions ({@link
 * ModelFields}): a field added there is documented, or this test fails. {@code -Dupdate} rewrites
 * the tables, then fails so the diff gets reviewed.
 */
class ModelFieldsDocTest {
  private static final Path DOC = Path.of("docs", "json.md");

  @Test
  void jsonDocsTablesAreTheFieldDefinitions() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String expected =
        section(
            section(doc, "summary", ModelFields.docsTable(false)),
            "detail",
            ModelFields.docsTable(true));
    Golden.assertFile(DOC, expected);
  }

  /** The doc with the text between a pair of markers replaced. */
  private static String section(String doc, String name, String table) {
    String start = "<!-- model-fields:" + name + " -->\n";
    String end = "<!-- /model-fields:" + name + " -->";
    int a = doc.indexOf(start);
    int b = doc.indexOf(end);
    if (a < 0 || b < a) {
      fail(DOC + " has no " + start.strip() + " ... " + end + " section");
    }
    return doc.substring(0, a + start.length()) + table + doc.substring(b);
  }
}
