package dev.llmscape.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.Cli;
import dev.llmscape.Main;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.cli.Environment;
import dev.llmscape.cli.completion.CompletionModel;
import dev.llmscape.cli.completion.CompletionModel.Command;
import dev.llmscape.cli.completion.CompletionModel.Kind;
import dev.llmscape.cli.completion.CompletionValues;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command model completion reads from picocli, and the names it offers. */
class CompletionModelTest {
  private static Command root() {
    return CompletionModel.of(
        Main.commandLine(
            Environment.of(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Map.of(),
                false,
                0)));
  }

  @Test
  void commandsWithAliasesAndWithoutHiddenOnes() {
    Command root = root();
    assertEquals(List.of("list", "ls"), root.subcommand("ls").names());
    assertNull(root.subcommand("__complete"), "hidden commands are not offered");
    assertEquals("show", root.subcommand("show").name());
  }

  @Test
  void valueKindsComeFromCandidatesTypesAndLabels() {
    Command list = root().subcommand("list");
    assertEquals(Kind.ORGS, list.option("--org").value().kind());
    assertEquals(Kind.WORDS, list.option("--sort").value().kind());
    assertEquals(
        List.of("date", "size", "name", "org", "context", "tokens", "compute", "active"),
        list.option("--sort").value().words());
    assertEquals(Kind.FILE, list.option("--catalog").value().kind());
    assertEquals(Kind.NONE, list.option("--since").value().kind());
    assertNull(list.option("--open").value(), "a flag takes no value");
    assertEquals(Kind.MODELS, root().subcommand("show").positional(0).kind());
    // A name typed without quotes goes on over several words (show Claude 3.5 Sonnet).
    assertEquals(Kind.MODELS, root().subcommand("show").positional(1).kind());
    assertEquals(Kind.COMMAND, root().subcommand("help").positional(0).kind());
  }

  @Test
  void modelNamesAreNamesAliasesIdsAndChineseNames() {
    List<String> names = CompletionValues.models(CatalogLoader.bundled());
    assertTrue(names.containsAll(List.of("Claude 2", "Claude2", "claude-2", "Chinchilla")));
    assertEquals(names.size(), Set.copyOf(names).size(), "each once");
    List<String> orgs = CompletionValues.orgs(CatalogLoader.bundled());
    assertTrue(orgs.containsAll(List.of("Meta", "Meta AI", "Google", "Google DeepMind")));
  }

  @Test
  void namesWithControlCharactersAreNotOffered() throws Exception {
    Path evil = Files.createTempFile("evil", ".json");
    Files.writeString(
        evil,
        Files.readString(Cli.fixturePath())
            .replace("\"name\": \"Gopher\"", "\"name\": \"Go\\u001b]0;x\\u0007pher\""));
    List<String> names = CompletionValues.models(Cli.catalog(evil));
    assertTrue(names.contains("gopher"), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains("\u001b")), names.toString());
  }

  @Test
  void completeCommandPrintsTheCatalogsNames() {
    Cli.Result models = Cli.piped().fixture("__complete", "models");
    assertEquals(0, models.exit(), models.err());
    assertTrue(models.out().lines().toList().containsAll(List.of("Vicuna", "LLaMA 1", "llama-2")));
    Cli.Result orgs = Cli.piped().fixture("__complete", "orgs");
    assertTrue(orgs.out().lines().toList().containsAll(List.of("Brain", "Meta", "Google")));
    assertEquals(2, Cli.piped().fixture("__complete", "colours").exit());
  }

  @Test
  void completionCommandRejectsUnknownShells() {
    Cli.Result r = Cli.piped().run("completion", "tcsh");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("tcsh"), r.err());
  }
}
