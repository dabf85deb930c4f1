package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog that cannot be used fails with file, line and column, exit 1, and no stack trace. */
class BadCatalogTest {
  @TempDir Path dir;

  private Cli.Result listWith(String content) throws IOException {
    Path file = dir.resolve("catalog.json");
    Files.writeString(file, content);
    return Cli.piped().run("--only", "--catalog", file.toString(), "list");
  }

  @Test
  void truncatedCatalogNamesLineAndColumn() throws IOException {
    String full = Files.readString(Cli.fixturePath());
    Cli.Result r = listWith(full.substring(0, full.length() / 2));
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .matches("(?s)llmscape: bad catalog: .*catalog\\.json:\\d+:\\d+: malformed JSON: .*"),
        r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{");
    Cli.Result r = Cli.piped().run("--verbose", "--catalog", file.toString(), "list");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void wrongTypeNamesTheField() throws IOException {
    String text =
        Files.readString(Cli.fixturePath())
            .replace(
                "\"open\": true, \"params\": {\"text\": \"60M-11B\"",
                "\"open\": \"yes\", \"params\": {\"text\": \"60M-11B\"");
    Cli.Result r = listWith(text);
    assertEquals(1, r.exit());
    assertTrue(r.err().contains(":14:"), r.err());
    assertTrue(r.err().contains("\"open\" must be true, false or null"), r.err());
  }

  @Test
  void danglingBaseIsReported() throws IOException {
    String text =
        Files.readString(Cli.fixturePath())
            .replace("{\"id\": \"llama\", \"relation\": \"fine-tuned\"}", "\"llama-9\"");
    Cli.Result r = listWith(text);
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("model vicuna names unknown base \"llama-9\""), r.err());
  }

  @Test
  void emptyMissingAndDirectoryAreClearMessages() throws IOException {
    assertEquals(1, listWith("").exit());
    assertTrue(listWith("").err().contains("the file is empty"));
    Cli.Result missing = Cli.piped().run("--catalog", dir.resolve("nope.json").toString(), "list");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().endsWith("nope.json: no such file\n"), missing.err());
    Cli.Result directory = Cli.piped().run("--catalog", dir.toString(), "list");
    assertEquals(1, directory.exit());
    assertTrue(directory.err().contains("is a directory"), directory.err());
  }

  @Test
  void notUtf8IsMalformed() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', 'v', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'});
    Cli.Result r = Cli.piped().run("--catalog", file.toString(), "list");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains(":1:4: not UTF-8: byte 0xFF never occurs in UTF-8"), r.err());
  }

  @Test
  void unknownFieldsAreWarningsShownWithVerbose() throws IOException {
    Path file = dir.resolve("extra.json");
    Files.writeString(
        file,
        Files.readString(Cli.fixturePath())
            .replace("\"version\": \"test-1\",", "\"version\": \"test-1\", \"colour\": \"blue\","));
    Cli.Result quiet =
        Cli.piped().run("--only", "--catalog", file.toString(), "list", "--limit", "1");
    assertEquals(0, quiet.exit());
    assertEquals("", quiet.err());
    Cli.Result verbose =
        Cli.piped()
            .run("--verbose", "--only", "--catalog", file.toString(), "list", "--limit", "1");
    assertTrue(verbose.err().contains("unknown catalog field \"colour\" ignored"), verbose.err());
  }

  @Test
  void environmentVariableNamesTheCatalog() {
    Cli.Result r =
        Cli.piped()
            .env("LLMSCAPE_CATALOG", Cli.fixturePath().toString())
            .run("--only", "catalog", "--json");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("\"version\" : \"test-1\""), r.out());
  }

  @Test
  void escapeSequencesInCatalogStringsAreNeutralised() throws IOException {
    Path file = dir.resolve("evil.json");
    Files.writeString(
        file,
        Files.readString(Cli.fixturePath())
            .replace(
                "\"name\": \"Vicuna\"", "\"name\": \"Vic\\u001b]0;pwned\\u0007una\\u001b[2J\""));
    Cli.Result tty = Cli.terminal(100).run("--catalog", file.toString(), "list", "--org", "lmsys");
    assertFalse(tty.out().contains("\u001b]"), tty.out());
    assertFalse(tty.out().contains("\u001b[2J"), tty.out());
    assertTrue(tty.out().contains("Vic␛]0;pwned␇una␛[2J"), tty.out());
    Cli.Result json =
        Cli.piped().run("--catalog", file.toString(), "list", "--org", "lmsys", "--json");
    assertFalse(json.out().contains("\u001b"));
    assertTrue(json.out().contains("Vic\\u001B]0;pwned\\u0007una\\u001B[2J"), json.out());
  }

  @Test
  void hugeStringsAndNumbersHitTheReadLimits() throws IOException {
    String fixture = Files.readString(Cli.fixturePath());
    Cli.Result string =
        listWith(fixture.replace("\"Fixture for tests.\"", "\"" + "x".repeat(1_200_000) + "\""));
    assertEquals(1, string.exit());
    assertTrue(string.err().contains(":5:"), string.err());
    assertTrue(string.err().contains("exceeds a safety limit: String value length"), string.err());
    Cli.Result number =
        listWith(fixture.replace("\"min\": 60000000,", "\"min\": " + "9".repeat(60) + ","));
    assertEquals(1, number.exit());
    assertTrue(number.err().contains("exceeds a safety limit: Number value length"), number.err());
    Cli.Result name =
        listWith(
            fixture.replace(
                "\"version\": \"test-1\",",
                "\"" + "k".repeat(20_000) + "\": 1, \"version\": \"test-1\","));
    assertEquals(1, name.exit());
    assertTrue(name.err().contains("exceeds a safety limit: Name length"), name.err());
    assertFalse(string.err().contains("\tat ") || number.err().contains("\tat "));
    // The limits in the user's terms, not the library's method names.
    for (Cli.Result r : List.of(string, number, name)) {
      assertFalse(r.err().contains("StreamReadConstraints"), r.err());
    }
  }
}
