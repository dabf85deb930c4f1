package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ill-formed UTF-8 is rejected with the line and column of the bad character, as docs/catalog.md
 * promises, including the forms a lenient decoder lets through: overlong encodings ({@code C0 9B}
 * is ESC in disguise, {@code C0 80} NUL), lead bytes {@code F5}..{@code FF}, surrogates and code
 * points above U+10FFFF.
 */
class Utf8CheckTest {
  private static byte[] catalogWithName(byte[] name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("{\"version\": \"v\", \"date\": \"2026-01-01\",\n"
                + "\"orgs\": [{\"id\": \"o\", \"name\": \"O\", \"family\": \"O\"}],\n"
                + "\"models\": [{\"id\": \"m\", \"org\": \"o\", \"category\": \"chat\", \"name\": \"龙猫 ")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(name);
    out.writeBytes("x\"}]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Column of the bad byte on line 3: after `... "name": "龙猫 ` (characters, not bytes). */
  private static final int COLUMN =
      "\"models\": [{\"id\": \"m\", \"org\": \"o\", \"category\": \"chat\", \"name\": \"龙猫 "
              .length()
          + 1;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "c09b", // overlong ESC
        "c080", // overlong NUL
        "c1bf", // overlong
        "e08080", // overlong three-byte
        "f0808080", // overlong four-byte
        "eda080", // surrogate U+D800
        "f4908080", // above U+10FFFF
        "f5808080", // lead bytes F5..FF
        "ff",
        "80", // a continuation byte alone
        "e4bd", // cut short
      })
  void illFormedUtf8IsRejectedWithItsPosition(String hex) {
    byte[] bytes = catalogWithName(HexFormat.of().parseHex(hex));
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () -> CatalogReader.read(new ByteArrayInputStream(bytes), "bad.json"));
    assertTrue(e.getMessage().startsWith("bad.json:3:" + COLUMN + ": not UTF-8"), e.getMessage());
    CatalogReader.Checked checked =
        CatalogReader.check(new ByteArrayInputStream(bytes), "bad.json");
    assertEquals(1, checked.problems().size(), checked.problems().toString());
    assertEquals(3, checked.problems().get(0).at().line());
    assertEquals(COLUMN, checked.problems().get(0).at().column());
  }

  @ParameterizedTest
  @ValueSource(strings = {"c2a9", "e282ac", "f09f9880", "f48fbfbf", "efbbbf"})
  void wellFormedUtf8IsRead(String hex) {
    byte[] bytes = catalogWithName(HexFormat.of().parseHex(hex));
    CatalogData data = CatalogReader.read(new ByteArrayInputStream(bytes), "ok.json");
    assertNotNull(data);
    String expected =
        "龙猫 " + new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8) + "x";
    assertEquals(List.of(expected), data.models().stream().map(m -> m.name()).toList());
  }
}
