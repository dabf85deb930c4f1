package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes sharing one cache while the catalog they read is swapped between two versions of
 * the same size and modification time (as {@code mv} of a prepared file or {@code rsync -a} do):
 * every run answers with one of the versions, and once the file settles every run answers with the
 * version it holds.
 */
@Tag("process")
class CatalogCacheProcessesTest {
  @TempDir Path tmp;

  /** A catalog over the cache's 1 MB threshold; the versions differ in one name, not in length. */
  private static String catalog(String llamaName) {
    StringBuilder sb =
        new StringBuilder(
            "{\"version\": \"v\", \"date\": \"2026-01-01\", \"orgs\": [{\"id\": \"o\", \"name\":"
                + " \"O\", \"family\": \"O\"}], \"models\": [{\"id\": \"llama\", \"name\": \""
                + llamaName
                + "\", \"org\": \"o\", \"category\": \"foundation\"}");
    String note = "x".repeat(300);
    for (int i = 0; i < 4000; i++) {
      sb.append(",{\"id\": \"m-")
          .append(i)
          .append("\", \"name\": \"Model ")
          .append(i)
          .append("\", \"org\": \"o\", \"category\": \"chat\", \"notes\": \"")
          .append(note)
          .append("\"}");
    }
    return sb.append("]}").toString();
  }

  private Process start(Path file, Path cache) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.llmscape.Main",
            "--only",
            "--catalog",
            file.toString(),
            "show",
            "llama",
            "--json");
    pb.environment().remove("LLMSCAPE_CATALOG");
    pb.environment().remove("LLMSCAPE_NO_CACHE");
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.redirectErrorStream(true);
    return pb.start();
  }

  private static String answer(Process p) throws IOException, InterruptedException {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.contains("\"LLaMA\"") ? "A" : out.contains("\"LLaMa\"") ? "B" : out;
  }

  @Test
  void parallelRunsWhileTheFileIsSwappedNeverCacheOneVersionAsTheOther() throws Exception {
    FileTime time = FileTime.fromMillis(1_700_000_000_000L);
    Path a = Files.writeString(tmp.resolve("a.json"), catalog("LLaMA"));
    Path b = Files.writeString(tmp.resolve("b.json"), catalog("LLaMa"));
    assertTrue(Files.size(a) > CatalogCache.DEFAULT_MIN_SIZE && Files.size(a) == Files.size(b));
    Path file = tmp.resolve("catalog.json");
    Path cache = tmp.resolve("cache");
    AtomicBoolean swapping = new AtomicBoolean(true);
    Thread swapper =
        new Thread(
            () -> {
              int i = 0;
              while (swapping.get()) {
                try {
                  Path next = tmp.resolve("next.json");
                  Files.copy(i++ % 2 == 0 ? a : b, next, StandardCopyOption.REPLACE_EXISTING);
                  Files.setLastModifiedTime(next, time);
                  Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
                  Thread.sleep(7);
                } catch (IOException | InterruptedException e) {
                  return;
                }
              }
            });
    Files.copy(a, file);
    Files.setLastModifiedTime(file, time);
    swapper.start();
    try {
      for (int round = 0; round < 3; round++) {
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          runs.add(start(file, cache));
        }
        for (Process p : runs) {
          String answer = answer(p);
          assertTrue(answer.equals("A") || answer.equals("B"), answer);
        }
      }
    } finally {
      swapping.set(false);
      swapper.join();
    }
    for (String version : List.of("A", "B", "A")) {
      Files.copy(version.equals("A") ? a : b, file, StandardCopyOption.REPLACE_EXISTING);
      Files.setLastModifiedTime(file, time);
      List<Process> runs = List.of(start(file, cache), start(file, cache));
      for (Process p : runs) {
        assertEquals(version, answer(p), "the file holds version " + version);
      }
    }
  }
}
