package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code llmscape list | head -n 1} in a real shell and a real JVM: the reader leaves early, the
 * writer hits a closed pipe, and llmscape ends quietly with exit 0 (nothing on stderr).
 */
@Tag("process")
class PipeTest {
  @TempDir Path dir;

  private record Piped(String out, String err, int exit) {}

  private Piped runIntoHead(String... args) throws IOException, InterruptedException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder command = new StringBuilder("\"$JAVA\" -cp \"$CP\" dev.llmscape.Main");
    for (String arg : args) {
      command.append(" '").append(arg).append("'");
    }
    command.append(" 2>\"$ERR\" | head -n 1; echo \"${PIPESTATUS[0]}\" >\"$STATUS\"");
    Path err = dir.resolve("err.txt");
    Path status = dir.resolve("status.txt");
    ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", command.toString());
    pb.environment().put("JAVA", java);
    pb.environment().put("CP", System.getProperty("java.class.path"));
    pb.environment().put("ERR", err.toString());
    pb.environment().put("STATUS", status.toString());
    pb.environment().remove("LLMSCAPE_CATALOG");
    pb.redirectErrorStream(false);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return new Piped(
        out,
        Files.readString(err),
        Integer.parseInt(Files.readString(status, StandardCharsets.UTF_8).strip()));
  }

  /** A full disk is no closed pipe: the run says so and fails, whatever it printed. */
  @Test
  void aFullDiskIsAnErrorNotAQuietEnd() throws Exception {
    Path full = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.exists(full), "needs /dev/full");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String[] args : List.of(new String[] {"list"}, new String[] {"export", "-o", "csv"})) {
      List<String> command =
          new java.util.ArrayList<>(
              List.of(java, "-cp", System.getProperty("java.class.path"), "dev.llmscape.Main"));
      command.addAll(List.of(args));
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.environment().remove("LLMSCAPE_CATALOG");
      pb.redirectOutput(full.toFile());
      Process p = pb.start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(1, p.waitFor(), err);
      assertEquals("llmscape: cannot write the output: No space left on device\n", err);
    }
  }

  @Test
  void bundledListIntoHeadIsQuiet() throws Exception {
    Piped r = runIntoHead("list");
    assertEquals("ID\tNAME\tORG\tCATEGORY\tRELEASED\tOPEN\tPARAMS\tCONTEXT\n", r.out());
    assertEquals("", r.err());
    assertEquals(0, r.exit());
  }

  @Test
  void largeCatalogIntoHeadIsQuietInEveryFormat() throws Exception {
    Path big = dir.resolve("big.json");
    StringBuilder sb =
        new StringBuilder(
            "{\"version\": \"big\", \"date\": \"2026-01-01\", \"orgs\": [{\"id\": \"o\", \"name\":"
                + " \"O\", \"family\": \"O\"}], \"models\": [");
    for (int i = 0; i < 8_000; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\": \"m-")
          .append(i)
          .append("\", \"name\": \"Model ")
          .append(i)
          .append(" with a long name to fill the pipe quickly\", \"org\": \"o\", \"category\":")
          .append(
              " \"chat\", \"released\": \"2024-01\", \"links\": {\"blog\": \"https://x.example\"}")
          .append(i == 0 ? "" : ", \"base\": [\"m-" + (i - 1) + "\"]")
          .append("}");
    }
    Files.writeString(big, sb.append("]}").toString());
    for (List<String> extra : List.of(List.<String>of(), List.of("--json"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of("--only", "--catalog", big.toString(), "list"),
                  extra.stream())
              .toArray(String[]::new);
      Piped r = runIntoHead(args);
      assertEquals(
          extra.isEmpty() ? "ID\tNAME\tORG\tCATEGORY\tRELEASED\tOPEN\tPARAMS\tCONTEXT\n" : "[\n",
          r.out());
      assertEquals("", r.err(), "stderr stays quiet");
      assertEquals(0, r.exit());
    }
  }
}
