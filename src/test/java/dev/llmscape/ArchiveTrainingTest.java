package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.cli.CommandRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Swaps System.out and System.err, so no other test may run meanwhile. */
@Isolated
class ArchiveTrainingTest {

  /** The launcher runs the training to make its class-data archive; it must stay silent. */
  @Test
  void trainingRunsEveryUsualCommandWithoutPrinting() throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(sink);
      System.setErr(sink);
      ArchiveTraining.main(new String[0]);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }

  /** Every registered command except help is exercised, so its classes are archived. */
  @Test
  void trainingCoversEveryCommand() {
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      if (!e.name().equals("help")) {
        assertTrue(ArchiveTraining.commands().contains(e.name()), e.name() + " in the training");
      }
    }
  }

  /**
   * The AOT cache's training lines all run by the direct route: a line that built picocli's model
   * would put picocli in a cache whose every class loads at every start.
   */
  @Test
  void theCommonLinesRunWithoutPicocli() {
    for (java.util.List<String> line : ArchiveTraining.common()) {
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      Integer exit =
          dev.llmscape.cli.DirectRoute.run(
              dev.llmscape.cli.Environment.of(
                  new java.io.PrintWriter(out),
                  new java.io.PrintWriter(err),
                  java.util.Map.of("LANG", "C.UTF-8"),
                  false,
                  0),
              line.toArray(new String[0]));
      assertEquals(Integer.valueOf(0), exit, String.join(" ", line) + ": " + err);
    }
  }
}
