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
}
