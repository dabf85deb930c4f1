package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-made bad catalogs under src/test/resources/bad-catalogs, each with the expected output of
 * using it ({@code --only --catalog FILE list}) and of {@code validate FILE} in {@code NAME.txt}. A
 * catalog without its expected file fails; {@code -Dupdate} writes them (see {@link Golden}).
 */
class BadCatalogCorpusTest {
  private static final Path DIR = Path.of("src", "test", "resources", "bad-catalogs");

  @TestFactory
  Stream<DynamicTest> everyBadCatalogGivesItsExpectedMessages() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(DIR)) {
      cases = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(cases.size() >= 15, "corpus: " + cases.size());
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  @Test
  void everyExpectedFileHasItsCatalog() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> orphans =
          files
              .filter(f -> f.toString().endsWith(".txt"))
              .filter(f -> !Files.exists(Path.of(f.toString().replaceAll("\\.txt$", ".json"))))
              .map(Path::toString)
              .toList();
      assertEquals(List.of(), orphans);
    }
  }

  private static void check(Path file) throws IOException {
    String path = file.toString();
    Cli.Result use = Cli.piped().run("--only", "--catalog", path, "list");
    Cli.Result validate = Cli.piped().run("validate", path);
    String actual =
        render("llmscape --only --catalog " + path + " list", use)
            + render("llmscape validate " + path, validate);

    // What every bad catalog must give, whatever the expected file says.
    assertFalse(use.err().contains("\tat "), "no stack trace: " + use.err());
    assertFalse(validate.out().contains("internal error"), validate.out());
    assertNoControlCharacters(actual);
    if (use.exit() != 0) {
      assertEquals(1, use.exit());
      assertTrue(use.err().startsWith("llmscape: bad catalog: " + path), use.err());
      assertEquals(1, validate.exit(), "what cannot be used does not validate");
    }

    Golden.assertFile(Path.of(path.replaceAll("\\.json$", ".txt")), actual);
  }

  private static String render(String command, Cli.Result r) {
    return "$ "
        + command
        + "\nexit "
        + r.exit()
        + "\n--- stdout\n"
        + r.out()
        + "--- stderr\n"
        + r.err()
        + "\n";
  }

  static void assertNoControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
      boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      assertFalse(control || bidi, "control character U+" + Integer.toHexString(c) + " in " + text);
    }
  }
}
