package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code llmscape shell < script} in a real JVM, stdin and stdout redirected: a script's output on
 * stdout, its errors on stderr, comments allowed, the first failure's status, no JVM warnings.
 */
class ShellScriptTest {
  private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run shell(String java, String script) throws IOException, InterruptedException {
    Path in = dir.resolve("script.txt");
    Files.writeString(in, script);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Dllmscape.stdin_tty=0",
                "-Dllmscape.tty=0",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.llmscape.Main",
                "--only",
                "--catalog",
                Cli.fixturePath().toString(),
                "shell"));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectInput(in.toFile());
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    pb.environment().remove("LLMSCAPE_CATALOG");
    int exit = pb.start().waitFor();
    return new Run(
        exit,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void outputIsStdoutAndCommentsAreSkipped() throws Exception {
    Run r =
        shell(
            java(),
            "# the Meta models\nlist --org Meta --no-header --sort date  # oldest first\n\n"
                + "   # indented comment\nshow Vicuna --json\n");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("llama\tLLaMA\t"), r.out());
    assertTrue(r.out().contains("\"id\" : \"vicuna\""), r.out());
    assertFalse(r.out().contains("llmscape shell:"), r.out());
  }

  @Test
  void exitStatusIsTheFirstFailuresAndEveryLineRuns() throws Exception {
    Run r = shell(java(), "show nosuchmodel\nlist --orgg Meta\nshow Vicuna --json\n");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("nosuchmodel"), r.err());
    assertTrue(r.out().contains("\"id\" : \"vicuna\""), r.out());
    assertEquals(2, shell(java(), "list --orgg Meta\nshow nosuchmodel\n").exit());
  }

  @Test
  void noJvmWarningsOnJdk25() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(JDK25), "needs JDK 25 at " + JDK25);
    Run r = shell(JDK25.toString(), "list --org Meta --limit 1\n");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
  }
}
