package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lineage -o dot} is accepted by Graphviz: rendered with {@code dot -Tsvg} (see {@link
 * Tools}: skipped without dot, failed without it in CI).
 */
@Tag("process")
class LineageDotTest {

  @ParameterizedTest
  @CsvSource({
    "lineage/catalog.json, llama, ''",
    "lineage/catalog.json, bard, --up",
    "lineage/catalog.json, alpaca, --to=tiny-vicuna",
    "lineage/cyclic.json, alpha, ''",
    "fixture/catalog.json, bard, ''",
  })
  void graphvizRendersTheDigraph(String catalog, String model, String extra) throws Exception {
    Tools.require("dot");
    String[] args =
        extra.isEmpty()
            ? new String[] {
              "--only",
              "--catalog",
              Cli.resource("/" + catalog).toString(),
              "lineage",
              model,
              "-o",
              "dot"
            }
            : new String[] {
              "--only",
              "--catalog",
              Cli.resource("/" + catalog).toString(),
              "lineage",
              model,
              extra,
              "-o",
              "dot"
            };
    Cli.Result r = Cli.piped().run(args);
    assertTrue(r.exit() == 0 || catalog.contains("cyclic"), r.err());
    String svg = render(r.out());
    assertTrue(svg.contains("<svg"), svg);
    assertTrue(svg.contains("class=\"edge\""), svg);
  }

  private static String render(String dot) throws IOException, InterruptedException {
    Path in = Files.createTempFile("lineage", ".dot");
    Files.writeString(in, dot, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("dot", "-Tsvg", in.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot did not finish");
    assertEquals(0, p.exitValue(), output);
    // dot warns on stderr (merged here) about syntax it tolerates; there should be none.
    assertTrue(!output.contains("Warning") && !output.contains("Error"), output);
    return output;
  }
}
