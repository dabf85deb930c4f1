package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output on a terminal goes through the pager: a fake pager script records what it was given, and
 * the variables it was started with.
 */
class PagerTest {
  @TempDir Path dir;

  private Path paged() {
    return dir.resolve("paged.txt");
  }

  /** A pager that copies its input to a file, with LESS first. */
  private String fakePager() throws IOException {
    Path script = dir.resolve("pager.sh");
    Files.writeString(script, "#!/bin/sh\n{ echo \"LESS=$LESS\"; cat; } > '" + paged() + "'\n");
    script.toFile().setExecutable(true);
    return script.toString();
  }

  @Test
  void terminalOutputGoesThroughLlmscapePager() throws IOException {
    Cli.Result r =
        Cli.terminal(100)
            .env("LLMSCAPE_PAGER", fakePager())
            .env("PAGER", "false")
            .fixture("list", "--org", "Meta");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    String paged = Files.readString(paged());
    assertTrue(paged.startsWith("LESS=FRX\n"), paged);
    assertTrue(paged.contains("Llama 2"), paged);
  }

  @Test
  void pagerFallsBackToPagerAndKeepsTheUsersLess() throws IOException {
    Cli.Result r =
        Cli.terminal(100).env("PAGER", fakePager()).env("LESS", "-R").fixture("show", "vicuna");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(paged()).startsWith("LESS=-R\n"));
  }

  @Test
  void neverWhenPipedNorWithNoPagerNorForCat() throws IOException {
    String pager = fakePager();
    Cli.Result piped = Cli.piped().env("LLMSCAPE_PAGER", pager).fixture("list", "--org", "Meta");
    assertTrue(piped.out().contains("Llama 2"), piped.out());
    Cli.Result noPager =
        Cli.terminal(100)
            .env("LLMSCAPE_PAGER", pager)
            .fixture("--no-pager", "list", "--org", "Meta");
    assertTrue(noPager.out().contains("Llama 2"), noPager.out());
    Cli.Result after =
        Cli.terminal(100)
            .env("LLMSCAPE_PAGER", pager)
            .fixture("list", "--org", "Meta", "--no-pager");
    assertTrue(after.out().contains("Llama 2"), after.out());
    Cli.Result cat =
        Cli.terminal(100).env("LLMSCAPE_PAGER", "cat").fixture("list", "--org", "Meta");
    assertTrue(cat.out().contains("Llama 2"), cat.out());
    assertFalse(Files.exists(paged()));
  }

  @Test
  void jqOutputIsPagedToo() throws IOException {
    Cli.Result r =
        Cli.terminal(100)
            .env("LLMSCAPE_PAGER", fakePager())
            .fixture("list", "--org", "Meta", "--jq", ".[].id");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.readString(paged()).contains("\nllama-2\n"));
  }
}
