package dev.llmscape;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's {@code chromium}) for the tests that check pages and pictures in a
 * real browser. Each run gets a fresh profile directory and no network features. Without chromium
 * those tests are skipped on a developer's machine and fail in CI ({@code CI=true}), which .ci/run
 * installs it for.
 */
final class Chromium {
  private static final String PROGRAM = "chromium";

  private Chromium() {}

  /** The browser's path; skips the test without one, or fails it in CI (see {@link Tools}). */
  static Path require() {
    Tools.require(PROGRAM);
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, PROGRAM))) {
        return Path.of(dir, PROGRAM);
      }
    }
    throw new IllegalStateException(PROGRAM + " vanished from the PATH");
  }

  /** The DOM after the page's scripts ran, as HTML. */
  static String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", url(page, fragment)), null);
  }

  /** Takes a screenshot of the page at this window size. */
  static void screenshot(Path page, int width, int height, Path png)
      throws IOException, InterruptedException {
    run(
        List.of(
            "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath(),
            url(page, null)),
        png);
  }

  private static String url(Path page, String fragment) {
    String url = page.toAbsolutePath().toUri().toString();
    return fragment == null ? url : url + "#" + fragment;
  }

  private static String run(List<String> args, Path expectedFile)
      throws IOException, InterruptedException {
    Path browser = require();
    Path profile = Files.createTempDirectory("llmscape-chromium");
    Path out = Files.createTempFile("llmscape-chromium", ".out");
    Path err = Files.createTempFile("llmscape-chromium", ".err");
    try {
      List<String> command =
          new ArrayList<>(
              List.of(
                  browser.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--virtual-time-budget=5000",
                  "--user-data-dir=" + profile));
      command.addAll(args);
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("chromium did not finish in 120 s: " + String.join(" ", command));
      }
      if (p.exitValue() != 0 || (expectedFile != null && !Files.exists(expectedFile))) {
        fail("chromium failed (" + p.exitValue() + "): " + Files.readString(err));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      } catch (IOException ignored) {
        // a profile file the browser still held; the temp directory is cleaned by the system
      }
    }
  }
}
