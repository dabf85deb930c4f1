package dev.llmscape;

import dev.llmscape.catalog.CatalogCompiler;
import dev.llmscape.catalog.CatalogException;
import dev.llmscape.cli.Environment;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The build step that compiles catalog.json (run by Maven in process-classes, and so by the
 * launcher's rebuild). A catalog with problems gets {@code validate}'s full report on stderr, every
 * problem with its file, line and column, and the build stops with status 3 and nothing else: no
 * exception for Maven to wrap in a screen of [ERROR] lines naming only the first problem.
 */
public final class CatalogBuild {
  /** The status of a build stopped by catalog errors; the launcher tells it from other failures. */
  static final int CATALOG_ERRORS = 3;

  private CatalogBuild() {}

  /** Arguments: the catalog.json to read and the binary file to write. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CatalogBuild CATALOG.json OUTPUT.bin");
    }
    try {
      CatalogCompiler.compile(Path.of(args[0]), Path.of(args[1]));
    } catch (CatalogException e) {
      PrintWriter err =
          new PrintWriter(
              new OutputStreamWriter(
                  new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
              true);
      Environment report = Environment.of(err, err, System.getenv(), false, 0);
      Main.run(report, "validate", args[0]);
      err.println(
          "llmscape: the build stops here: fix catalog.json's errors above, then build again"
              + " (or check it with: llmscape validate catalog.json).");
      err.flush();
      // Exiting here, in Maven's JVM, is what keeps Maven's own error screen out of the way.
      System.exit(CATALOG_ERRORS);
    }
  }
}
