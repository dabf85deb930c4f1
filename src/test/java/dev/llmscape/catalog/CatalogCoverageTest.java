package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs tools/coverage.py --check: every notable row of the reference tables (Epoch AI, models.dev)
 * is in the catalog or listed with the reason it is left out, no id or exclusion names a row that
 * is not there, and docs/catalog-coverage.md is what the script makes. The reference tables are
 * shared/reference beside the clone (CI lays shared/ there) or beside a folder above it;
 * LLMSCAPE_REFERENCE names another folder.
 */
class CatalogCoverageTest {
  @Test
  void everyReferenceRowIsCoveredOrExcusedAndTheDocumentIsCurrent()
      throws IOException, InterruptedException {
    Path reference = referenceTables();
    assertTrue(
        Files.isDirectory(reference),
        "no reference tables at " + reference + " (set LLMSCAPE_REFERENCE)");
    Process p =
        new ProcessBuilder(
                "python3", "tools/coverage.py", "--check", "--reference", reference.toString())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "tools/coverage.py did not finish");
    assertEquals(0, p.exitValue(), out);
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
