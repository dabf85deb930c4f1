package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User catalogs laid over the bundled one: added, overridden, conflicting, or alone. */
class UserCatalogTest {
  @TempDir Path dir;

  /** A model of its own on a bundled base and org, a new org, and a replaced bundled model. */
  private static final String OVERLAY =
      """
      {"version": "mine-1", "date": "2027-02-01",
       "orgs": [{"id": "acme", "name": "Acme AI", "family": "Acme"}],
       "models": [
        {"id": "acme-7b", "name": "Acme 7B", "org": "acme", "category": "chat", "released": "2027-01",
         "open": true, "params": {"text": "7B", "min": 7000000000, "max": 7000000000, "confirmed": true},
         "base": [{"id": "llama-2", "relation": "fine-tuned"}], "links": {"blog": "https://acme.example/7b"}},
        {"id": "llama", "name": "LLaMA (my notes)", "org": "meta", "category": "foundation",
         "released": "2023-02-24", "links": {"paper": "https://arxiv.org/abs/2302.13971"}}
       ]}
      """;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void newModelsAreAddedOverTheBundledCatalog() throws IOException {
    Path file = write("mine.json", OVERLAY);
    Cli.Result r = Cli.piped().run("--catalog", file.toString(), "list", "--org", "acme");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "ID\tNAME\tORG\tCATEGORY\tRELEASED\tOPEN\tPARAMS\tCONTEXT\n"
            + "acme-7b\tAcme 7B\tAcme AI\tchat\t2027-01\tyes\t7B\t\n",
        r.out());
    assertEquals("", r.err(), "an override is not worth a word without --verbose");
    // Bundled models are all still there, and the new one derives from a bundled one.
    Cli.Result show = Cli.piped().run("--catalog", file.toString(), "show", "llama 2");
    assertTrue(show.out().contains("Acme 7B"), show.out());
    int bundled = Cli.piped().run("list", "--no-header").out().split("\n").length;
    int layered =
        Cli.piped()
            .run("--catalog", file.toString(), "list", "--no-header")
            .out()
            .split("\n")
            .length;
    assertEquals(bundled + 1, layered);
  }

  @Test
  void sameIdReplacesTheBundledModelNotedWithVerbose() throws IOException {
    Path file = write("mine.json", OVERLAY);
    Cli.Result r = Cli.piped().run("--catalog", file.toString(), "show", "llama");
    assertTrue(r.out().startsWith("LLaMA (my notes)\n"), r.out());
    assertEquals("", r.err());
    Cli.Result verbose =
        Cli.piped().run("--verbose", "--catalog", file.toString(), "show", "llama");
    assertTrue(
        verbose
            .err()
            .contains(
                "llmscape: note: "
                    + file
                    + ":7:3: model llama replaces the one in bundled catalog.json:"),
        verbose.err());
  }

  @Test
  void aNameThatNowFindsTwoModelsIsAlwaysWarnedAbout() throws IOException {
    Path file =
        write(
            "mine.json",
            OVERLAY.replace(
                "\"name\": \"Acme 7B\",", "\"name\": \"Acme 7B\", \"aliases\": [\"Vicuna\"],"));
    Cli.Result r = Cli.piped().run("--catalog", file.toString(), "list", "--org", "acme");
    assertEquals(0, r.exit());
    assertEquals(
        "llmscape: warning: "
            + file
            + ":4:3: model acme-7b: alias \"Vicuna\" is also a name of model vicuna (id \"vicuna\")\n",
        r.err());
    Cli.Result show = Cli.piped().run("--catalog", file.toString(), "show", "vicuna");
    assertEquals(0, show.exit(), "the exact id still wins");
  }

  /**
   * A user file big enough for the cache (1 MB): the second run reads the merged catalog from the
   * cache and says and prints exactly what the first did, and what a run without a cache does.
   */
  @Test
  void aBigLayeredCatalogAnswersTheSameFromTheCache() throws IOException {
    StringBuilder filler = new StringBuilder();
    for (int i = 0; filler.length() < 1_100_000; i++) {
      filler.append(
          String.format(
              ",%n  {\"id\": \"acme-filler-%d\", \"name\": \"Acme Filler %d\", \"org\": \"acme\","
                  + " \"category\": \"chat\", \"released\": \"2027-01\", \"open\": true,"
                  + " \"notes\": \"padding to make the catalog big enough to be cached\"}",
              i, i));
    }
    String big =
        OVERLAY
            .replace("\"name\": \"Acme 7B\",", "\"name\": \"Acme 7B\", \"aliases\": [\"Vicuna\"],")
            .replace(
                "\"https://arxiv.org/abs/2302.13971\"}}",
                "\"https://arxiv.org/abs/2302.13971\"}}" + filler);
    Path file = write("big.json", big);
    Path cacheHome = dir.resolve("cache");
    String[] args = {"--verbose", "--catalog", file.toString(), "list", "--sort", "name"};
    Cli.Result uncached = Cli.piped().run(args);
    assertEquals(0, uncached.exit(), uncached.err());
    assertTrue(uncached.err().contains("model llama replaces the one in"), uncached.err());
    assertTrue(uncached.err().contains("alias \"Vicuna\" is also a name"), uncached.err());
    Cli.Result first = Cli.piped().env("XDG_CACHE_HOME", cacheHome.toString()).run(args);
    Path entry;
    try (var entries = Files.list(cacheHome.resolve("llmscape").resolve("catalogs"))) {
      List<Path> all = entries.toList();
      assertEquals(1, all.size(), "one entry for the merged catalog");
      entry = all.get(0);
    }
    FileTime written = Files.getLastModifiedTime(entry);
    Cli.Result second = Cli.piped().env("XDG_CACHE_HOME", cacheHome.toString()).run(args);
    assertEquals(written, Files.getLastModifiedTime(entry), "read, not rewritten");
    assertEquals(uncached, first);
    assertEquals(uncached, second);
  }

  /**
   * A big file used alone (--only) says the same from the cache as when read: its own name
   * conflicts are warned about on every run, cached or not.
   */
  @Test
  void aBigFileAloneWarnsTheSameFromTheCache() throws IOException {
    StringBuilder models = new StringBuilder();
    for (int i = 0; models.length() < 1_100_000; i++) {
      models.append(
          String.format(
              "{\"id\": \"filler-%d\", \"name\": \"Filler %d\", \"org\": \"meta\","
                  + " \"category\": \"chat\", \"released\": \"2024-01\", \"open\": true,"
                  + " \"links\": {\"blog\": \"https://example.com/%d\"},"
                  + " \"notes\": \"padding to make the catalog big enough to be cached\"},%n",
              i, i, i));
    }
    models.append(
        "{\"id\": \"copycat\", \"name\": \"Copycat\", \"aliases\": [\"Vicuna\"],"
            + " \"org\": \"meta\", \"category\": \"chat\", \"released\": \"2024-01\","
            + " \"links\": {\"blog\": \"https://example.com/copycat\"}},\n");
    String fixture = Files.readString(Cli.fixturePath());
    int at = fixture.indexOf("\"models\": [") + "\"models\": [".length();
    Path file = write("alone.json", fixture.substring(0, at) + models + fixture.substring(at));
    String[] args = {"--only", "--catalog", file.toString(), "filter", "org:meta"};
    Cli.Result uncached = Cli.piped().run(args);
    assertEquals(0, uncached.exit(), uncached.err());
    assertTrue(
        uncached.err().contains("is also a name of model copycat (alias \"Vicuna\")"),
        uncached.err());
    Path cacheHome = dir.resolve("cache");
    Cli.Result first = Cli.piped().env("XDG_CACHE_HOME", cacheHome.toString()).run(args);
    Cli.Result second = Cli.piped().env("XDG_CACHE_HOME", cacheHome.toString()).run(args);
    try (var entries = Files.list(cacheHome.resolve("llmscape").resolve("catalogs"))) {
      assertEquals(1, entries.count());
    }
    assertEquals(uncached, first);
    assertEquals(uncached, second);
  }

  @Test
  void laterFilesWinAndTheEnvironmentIsAPathList() throws IOException {
    Path first = write("first.json", OVERLAY);
    Path second =
        write(
            "second.json",
            OVERLAY
                .replace("Acme 7B", "Acme 7B v2")
                .replace(
                    "\"orgs\": [{\"id\": \"acme\", \"name\": \"Acme AI\", \"family\": \"Acme\"}]",
                    "\"orgs\": []"));
    Cli.Result flags =
        Cli.piped()
            .run("--catalog", first.toString(), "--catalog", second.toString(), "show", "acme-7b");
    assertTrue(flags.out().startsWith("Acme 7B v2\n"), flags.out());
    Cli.Result env =
        Cli.piped()
            .env("LLMSCAPE_CATALOG", first + File.pathSeparator + second)
            .run("show", "acme-7b");
    assertTrue(env.out().startsWith("Acme 7B v2\n"), env.out());
    // Before and after the command, the files add up in the order given.
    Cli.Result split =
        Cli.piped()
            .run("--catalog", first.toString(), "show", "acme-7b", "--catalog", second.toString());
    assertTrue(split.out().startsWith("Acme 7B v2\n"), split.out());
    Cli.Result splitInfo =
        Cli.piped().run("--catalog", first.toString(), "catalog", "--catalog=" + second, "--json");
    assertTrue(
        splitInfo.out().contains("bundled catalog.json + " + first + " + " + second),
        splitInfo.out());
    // --catalog replaces the environment's list.
    Cli.Result both =
        Cli.piped()
            .env("LLMSCAPE_CATALOG", second.toString())
            .run("--catalog", first.toString(), "show", "acme-7b");
    assertTrue(both.out().startsWith("Acme 7B\n"), both.out());
  }

  @Test
  void optionsWorkAfterTheCommandToo() throws IOException {
    Path file = write("mine.json", OVERLAY);
    Cli.Result r = Cli.piped().run("list", "--org", "acme", "--catalog", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("acme-7b"), r.out());
  }

  @Test
  void onlyUsesTheGivenFilesAlone() throws IOException {
    Cli.Result r = Cli.piped().fixture("catalog", "--json");
    assertTrue(r.out().contains("\"models\" : 12"), r.out());
    Path file = write("mine.json", OVERLAY);
    Cli.Result alone = Cli.piped().run("--only", "--catalog", file.toString(), "list");
    assertEquals(1, alone.exit(), "its bases and orgs are in the bundled catalog");
    assertTrue(alone.err().contains("names unknown base \"llama-2\""), alone.err());
  }

  @Test
  void anEmptyFileNameIsAUsageError() {
    Cli.Result r = Cli.piped().run("--catalog", "", "list");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("llmscape: --catalog needs a file name\n"), r.err());
  }

  @Test
  void onlyWithoutAFileIsAUsageError() {
    Cli.Result r = Cli.piped().run("--only", "list");
    assertEquals(2, r.exit());
    assertEquals(
        "llmscape: --only needs a catalog file: --catalog FILE or LLMSCAPE_CATALOG\n"
            + "Run 'llmscape --help' for usage.\n",
        r.err());
  }

  @Test
  void aBrokenUserFileNamesItsOwnPosition() throws IOException {
    Path file = write("mine.json", OVERLAY.replace("\"llama-2\"", "\"llama-22\""));
    Cli.Result r = Cli.piped().run("--catalog", file.toString(), "list");
    assertEquals(1, r.exit());
    assertEquals(
        "llmscape: bad catalog: " + file + ":4:3: model acme-7b names unknown base \"llama-22\"\n",
        r.err());
    Cli.Result missing =
        Cli.piped()
            .run(
                "--catalog",
                file.toString(),
                "--catalog",
                dir.resolve("x.json").toString(),
                "list");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().endsWith("x.json: no such file\n"), missing.err());
  }

  @Test
  void catalogCommandNamesEveryLayer() throws IOException {
    Path file = write("mine.json", OVERLAY);
    Cli.Result r = Cli.piped().run("--catalog", file.toString(), "catalog");
    assertTrue(r.out().contains("source      bundled catalog.json + " + file + "\n"), r.out());
    assertTrue(r.out().contains("(2027-02-01)"), "the latest date of the layers: " + r.out());
  }

  @Test
  void unreadableFileIsAClearMessage() throws IOException {
    Path file = write("secret.json", OVERLAY);
    assertTrue(file.toFile().setReadable(false));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isReadable(file), "running as root: every file is readable");
      Cli.Result r = Cli.piped().run("--catalog", file.toString(), "list");
      assertEquals(1, r.exit());
      assertEquals("llmscape: bad catalog: " + file + ": permission denied\n", r.err());
    } finally {
      file.toFile().setReadable(true);
    }
  }

  @Test
  void emptyEnvironmentEntriesAreIgnored() {
    Cli.Result r =
        Cli.piped()
            .env("LLMSCAPE_CATALOG", File.pathSeparator + Cli.fixturePath() + File.pathSeparator)
            .run("--only", "list", "--no-header");
    assertEquals(0, r.exit(), r.err());
    assertEquals(12, r.out().split("\n").length);
    assertFalse(r.err().contains("warning"), r.err());
  }
}
