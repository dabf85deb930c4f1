package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code export -o html}: one self-contained page, catalog text only as escaped data. */
class ExportHtmlTest {
  private static final Pattern DATA =
      Pattern.compile(
          "<script type=\"application/json\" id=\"catalog-data\">(.*?)</script>", Pattern.DOTALL);

  @Test
  void thePageHoldsEverythingItNeeds() {
    Cli.Result r = Cli.piped().fixture("export", "-o", "html");
    assertEquals(0, r.exit(), r.err());
    String page = r.out();
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertEquals(r.out(), Cli.piped().fixture("export", "-o", "html").out());
    for (String remote : new String[] {"<link", "<img", " src=", "@import", "url("}) {
      assertFalse(page.contains(remote), "nothing loaded from elsewhere: " + remote);
    }
    assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none';"));
    assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lsc\""));
    assertEquals(2, count(page, "<script"), "the data and the page's script");
    Matcher data = DATA.matcher(page);
    assertTrue(data.find());
    assertTrue(data.group(1).contains("\"id\":\"llama\""), "the models are embedded");
  }

  @Test
  void hostileTextCannotBreakOutOfTheData() {
    String file = Cli.resource("/hostile/catalog.json").toString();
    Cli.Result r = Cli.piped().run("--only", "--catalog", file, "export", "-o", "html");
    assertEquals(0, r.exit(), r.err());
    String page = r.out();
    assertEquals(2, count(page, "<script"));
    Matcher data = DATA.matcher(page);
    assertTrue(data.find());
    String json = data.group(1);
    for (char c : new char[] {'<', '>', '&', '\'', '\u2028', '\u2029', '\u001b'}) {
      assertEquals(-1, json.indexOf(c), "escaped in the data: U+" + Integer.toHexString(c));
    }
    assertFalse(page.contains("http://example.com"), "http links are dropped");
    assertTrue(json.contains("https://example.com/k"));
  }

  @Test
  void aShortFormatDoesNotSwallowANegatedTerm() {
    Cli.Result csv = Cli.piped().fixture("export", "-org:Meta", "-o", "csv");
    assertEquals(0, csv.exit(), csv.err());
    assertFalse(csv.out().contains("\nllama,"), csv.out());
    assertTrue(csv.out().contains("\npalm,"), csv.out());
    Cli.Result missing = Cli.piped().fixture("export", "-o");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("-o/--output needs a format: markdown,"), missing.err());
    Cli.Result bad = Cli.piped().fixture("export", "-o", "pdf");
    assertEquals(2, bad.exit());
    assertTrue(
        bad.err()
            .contains(
                "unknown output format 'pdf': -o takes markdown, csv, tsv, jsonl, json, html"),
        bad.err());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
