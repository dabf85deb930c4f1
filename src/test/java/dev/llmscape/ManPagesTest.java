package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.cli.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Man pages generated from the command model into docs/man: roff, which {@code man -l
 * docs/man/llmscape.1} shows, and AsciiDoc for asciidoctor's manpage backend. Like the completion
 * scripts, they must match the generator: after a change to the commands, run {@code ./mvnw test
 * -Dupdate} (see {@link Golden}) and commit the result.
 */
class ManPagesTest {
  private static final Path COMMITTED = Path.of("docs", "man");

  @Test
  void committedManPagesAreTheGeneratorsOutput() throws IOException {
    Path out = Files.createTempDirectory("man");
    ManPageGenerator.generateManPage(
        out.toFile(), null, new boolean[0], true, Main.commandLine(quiet()).getCommandSpec());
    Map<String, String> generated = read(out);
    assertTrue(generated.containsKey("llmscape.adoc"), generated.keySet().toString());
    assertTrue(generated.containsKey("llmscape-list.adoc"), generated.keySet().toString());
    Golden.assertFiles(COMMITTED, generated, ".adoc");
  }

  @Test
  void committedRoffPagesAreTheGeneratorsOutput() {
    Map<String, String> roff = RoffManPage.pages(Main.commandLine(quiet()), "0.1.0");
    assertTrue(roff.containsKey("llmscape.1"), roff.keySet().toString());
    Golden.assertFiles(COMMITTED, roff, ".1");
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".adoc")).toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static Environment quiet() {
    return Environment.of(
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        Map.of(),
        false,
        0);
  }
}
