package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs tools/coverage.py --check: every notable row of the reference tables (Epoch AI, models.dev)
 * is in the catalog or listed with the reason it is left out, no id or exclusion names a row that
 * is not there, every model since 2023 has a context window or a row in
 * docs/catalog-context-gaps.tsv, and docs/catalog-coverage.md is what the script makes. The
 * reference tables are shared/reference beside the clone (CI lays shared/ there) or beside a folder
 * above it; LLMSCAPE_REFERENCE names another folder.
 */
class CatalogCoverageTest {
  /** What the script reads, copied as a whole so a case can break one of them. */
  private static final List<String> FILES =
      List.of(
          "tools/coverage.py",
          "catalog.json",
          "docs/catalog-coverage.md",
          "docs/catalog-coverage-exclusions.tsv",
          "docs/catalog-context-gaps.tsv");

  private static final String GAPS = "docs/catalog-context-gaps.tsv";

  @TempDir Path copy;

  @Test
  void everyReferenceRowIsCoveredOrExcusedAndTheDocumentIsCurrent()
      throws IOException, InterruptedException {
    Result r = check(Path.of(""));
    assertEquals(0, r.exit(), r.out());
  }

  @Test
  void aModelSince2023WithoutContextOrRowFails() throws IOException, InterruptedException {
    copyRepo();
    List<String> rows = gapRows();
    String first = rows.get(1);
    rows.remove(1);
    Files.write(copy.resolve(GAPS), rows);
    String id = first.split("\t")[0];
    Result r = check(copy);
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        r.out().contains("coverage: model '" + id + "' (")
            && r.out().contains("has no context and no row in " + GAPS),
        r.out());
  }

  @Test
  void aListedModelThatHasAContextFails() throws IOException, InterruptedException {
    copyRepo();
    String id = gapRows().get(1).split("\t")[0];
    Path catalog = copy.resolve("catalog.json");
    String json = Files.readString(catalog);
    String withContext =
        json.replace("\"id\": \"" + id + "\",", "\"id\": \"" + id + "\", \"context\": 8192,");
    assertTrue(!withContext.equals(json), "no model " + id + " in catalog.json");
    Files.writeString(catalog, withContext);
    Result r = check(copy);
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        r.out().contains("coverage: context gap '" + id + "': the model has a context (8192)"),
        r.out());
  }

  @Test
  void aReasonOutsideTheClosedSetFails() throws IOException, InterruptedException {
    copyRepo();
    List<String> rows = gapRows();
    String[] first = rows.get(1).split("\t", 3);
    rows.set(1, first[0] + "\tguessed\t" + first[2]);
    Files.write(copy.resolve(GAPS), rows);
    Result r = check(copy);
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        r.out()
            .contains("coverage: context gap '" + first[0] + "': reason 'guessed' is not one of"),
        r.out());
  }

  @Test
  void aRowForAnUnknownOlderOrFrameworkModelFails() throws IOException, InterruptedException {
    copyRepo();
    List<String> rows = gapRows();
    rows.add("no-such-model\tunstated\tno window found");
    rows.add("gpt-2\tunstated\tno window found");
    rows.add("torchtitan\tunstated\tno window found");
    // Kept in id order, so the only complaints are about these rows.
    rows.subList(1, rows.size()).sort(null);
    Files.write(copy.resolve(GAPS), rows);
    Result r = check(copy);
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        r.out().contains("coverage: context gap 'no-such-model': no such model")
            && r.out().contains("coverage: context gap 'gpt-2': released 2019-02-14, before 2023")
            && r.out()
                .contains("coverage: context gap 'torchtitan': a framework, which has no context"),
        r.out());
    assertTrue(!r.out().contains("id order"), r.out());
  }

  private record Result(int exit, String out) {}

  private void copyRepo() throws IOException {
    for (String file : FILES) {
      Path to = copy.resolve(file);
      Files.createDirectories(to.getParent());
      Files.copy(Path.of(file), to);
    }
  }

  private List<String> gapRows() throws IOException {
    return new ArrayList<>(Files.readAllLines(copy.resolve(GAPS)));
  }

  /** Runs ROOT/tools/coverage.py --check, which reads the files beside the script. */
  private static Result check(Path root) throws IOException, InterruptedException {
    Path reference = referenceTables();
    assertTrue(
        Files.isDirectory(reference),
        "no reference tables at " + reference + " (set LLMSCAPE_REFERENCE)");
    Process p =
        new ProcessBuilder(
                "python3",
                root.resolve("tools/coverage.py").toString(),
                "--check",
                "--reference",
                reference.toString())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "tools/coverage.py did not finish");
    return new Result(p.exitValue(), out);
  }

  /** LLMSCAPE_REFERENCE, else shared/reference beside the clone or beside a folder above it. */
  private static Path referenceTables() {
    String dir = System.getenv("LLMSCAPE_REFERENCE");
    if (dir != null) {
      return Path.of(dir);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path up = here.getParent(); up != null; up = up.getParent()) {
      Path candidate = up.resolve("shared").resolve("reference");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return here.resolveSibling("shared").resolve("reference");
  }
}
