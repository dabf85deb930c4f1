package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script in a clone of its own with a built jar and a stand-in {@code java} that
 * reports what it was given: its arguments, locale and standard streams.
 */
@Tag("process")
class LauncherTest {
  @TempDir Path clone;

  private Path bin;

  @BeforeEach
  void fakeClone() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Files.copy(Path.of("llmscape"), clone.resolve("llmscape"));
    Files.createDirectories(clone.resolve("src/main"));
    Files.writeString(clone.resolve("pom.xml"), "");
    Files.writeString(clone.resolve("catalog.json"), "");
    Files.createDirectories(clone.resolve("target"));
    Path jar = Files.writeString(clone.resolve("target/llmscape.jar"), "");
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (String f : new String[] {"src/main", "pom.xml", "catalog.json"}) {
      Files.setLastModifiedTime(clone.resolve(f), old);
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
    bin = Files.createDirectories(clone.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        """
        #!/bin/bash
        if [ "$1" = -version ]; then echo 'openjdk version "17.0.15" 2025-04-15' >&2; exit 0; fi
        for a in "$@"; do
          case "$a" in -Dllmscape.locale=*|dev.llmscape.Main|-Xshare:dump) echo "arg $a";; esac
        done
        echo "LC_ALL=${LC_ALL:-}"
        for fd in 0 1 2; do echo "fd$fd $(readlink /proc/$$/fd/$fd)"; done >>"$REPORT"
        """);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Run(String out, String err, String report) {}

  private Run run(String redirections, String... env) throws Exception {
    Path report = clone.resolve("report.txt");
    Files.deleteIfExists(report);
    Files.writeString(report, "");
    Path out = clone.resolve("out.txt");
    Path err = clone.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
            "/bin/bash",
            "-c",
            "\"$CLONE/llmscape\" show 龙猫 >\"$OUT\" 2>\"$ERR\" " + redirections + "; true");
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("CLONE", clone.toString());
    pb.environment().put("OUT", out.toString());
    pb.environment().put("ERR", err.toString());
    pb.environment().put("REPORT", report.toString());
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_CTYPE");
    pb.environment().put("LANG", "C.UTF-8");
    for (int i = 0; i + 1 < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    p.waitFor();
    return new Run(
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        Files.readString(report));
  }

  /** A closed stdin, stdout or stderr is /dev/null for the JVM, never the next file it opens. */
  @Test
  void closedStandardStreamsBecomeDevNull() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc");
    Run r = run("<&-", "LLMSCAPE_ARCHIVE", "0");
    assertTrue(r.report().contains("fd0 /dev/null"), r.report());
    Run all = run("<&- 2>&-", "LLMSCAPE_ARCHIVE", "0");
    assertTrue(all.report().contains("fd0 /dev/null"), all.report());
    assertTrue(all.report().contains("fd2 /dev/null"), all.report());
  }

  /** Where target/archive cannot be made, the launcher does not announce it on every run. */
  @Test
  void noArchiveMessageWhereNoArchiveCanBeMade() throws Exception {
    Files.writeString(clone.resolve("target/archive"), "not a directory");
    for (int i = 0; i < 2; i++) {
      Run r = run("");
      assertFalse(r.err().contains("preparing"), r.err());
      assertTrue(r.out().contains("arg dev.llmscape.Main"), r.out());
    }
  }

  /**
   * The launcher keeps where the java on the PATH really is; once that link leads elsewhere (an
   * alternative switched from 17 to 25), it finds the new java and its version again.
   */
  @Test
  void aSwitchedJavaIsFoundAgain() throws Exception {
    Path jdks = Files.createDirectories(clone.resolve("jdks"));
    for (String version : new String[] {"17.0.15", "25.0.1"}) {
      Path home = Files.createDirectories(jdks.resolve(version));
      Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
      Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
      Files.writeString(
          java,
          """
          #!/bin/bash
          for a in "$@"; do
            case "$a" in -XX:AOTCacheOutput=*|-XX:DumpLoadedClassList=*) echo "${a%%=*}";; esac
          done >>"$REPORT"
          """);
      Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Path link = bin.resolve("java");
    Files.delete(link);
    Files.createSymbolicLink(link, jdks.resolve("17.0.15/bin/java"));
    assertTrue(run("").report().contains("-XX:DumpLoadedClassList"));
    run("");
    assertTrue(
        Files.exists(clone.resolve("target/archive/.real-" + link.toString().replace('/', '_'))),
        "kept where java is");
    Files.delete(link);
    Files.createSymbolicLink(link, jdks.resolve("25.0.1/bin/java"));
    Run r = run("");
    assertTrue(r.report().contains("-XX:AOTCacheOutput"), r.report() + r.err());
  }

  /** In the C locale the JVM runs in C.UTF-8 (so arguments decode), told the user's locale. */
  @Test
  void anAsciiLocaleRunsTheJvmInUtf8() throws Exception {
    for (String[] env :
        new String[][] {{"LC_ALL", "C"}, {"LANG", "POSIX"}, {"LC_ALL", "", "LANG", ""}}) {
      Run r = run("", concat(env, "LLMSCAPE_ARCHIVE", "0"));
      assertTrue(r.out().contains("LC_ALL=C.UTF-8"), r.out());
      assertTrue(r.out().contains("arg -Dllmscape.locale="), r.out());
    }
    Run utf8 = run("", "LC_ALL", "C.utf8", "LLMSCAPE_ARCHIVE", "0");
    assertTrue(utf8.out().contains("LC_ALL=C.utf8"), utf8.out());
    assertFalse(utf8.out().contains("llmscape.locale"), utf8.out());
    assertEquals("", utf8.err());
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
