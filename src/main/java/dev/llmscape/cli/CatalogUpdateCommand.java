package dev.llmscape.cli;

import dev.llmscape.catalog.BaseCatalog;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.catalog.InstalledCatalogs;
import dev.llmscape.catalog.update.CatalogUpdate;
import dev.llmscape.catalog.update.ReleaseFiles;
import dev.llmscape.catalog.update.UpdateException;
import dev.llmscape.render.CatalogDiffReport;
import dev.llmscape.render.ProgressLine;
import dev.llmscape.render.Sanitizer;
import dev.llmscape.render.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code llmscape catalog update}: installs a newer signed catalog release. */
@Command(
    name = "update",
    sortOptions = false,
    description = {
      "Download a newer catalog release, check its SHA-256 and Ed25519 signature,",
      "validate it and install it for every later command. Never runs by itself."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  llmscape catalog update",
      "  llmscape catalog update --check",
      "  llmscape catalog update --from https://example.org/catalog/ --key pub.pem",
      "",
      "Installs under $XDG_DATA_HOME/llmscape (default ~/.local/share/llmscape) and",
      "keeps the previous catalog: 'llmscape catalog rollback' goes back.",
      "Environment: LLMSCAPE_UPDATE_URL (default release URL), LLMSCAPE_OFFLINE=1",
      "(refuse the network), HTTPS_PROXY, HTTP_PROXY, NO_PROXY,",
      "LLMSCAPE_UPDATE_TIMEOUT (seconds to connect and between reads; default 30).",
      "",
      "Exit codes: 0 installed (--check: a newer catalog exists), 1 not installed",
      "(unreachable, HTTP error, bad checksum or signature, invalid, not newer,",
      "disk full; the catalog in use is unchanged), 2 usage."
    })
public final class CatalogUpdateCommand implements Callable<Integer> {
  @ParentCommand CatalogInfoCommand parent;

  @Option(
      names = "--check",
      description = "Say whether a newer catalog exists and what it would change; install nothing.")
  boolean check;

  @Option(
      names = "--from",
      paramLabel = "URL",
      description =
          "Where the release is: URL/catalog.json, .sha256 and .sig (https://, http://,"
              + " file://); default LLMSCAPE_UPDATE_URL, else the project's latest release.")
  String from;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description =
          "Trust this Ed25519 public key (PEM, as 'openssl pkey -pubout' writes it) instead"
              + " of the project's.")
  Path key;

  @Override
  public Integer call() {
    LlmscapeCommand root = parent.root;
    Environment environment = root.environment();
    InstalledCatalogs store = root.installedCatalogs();
    if (store == null) {
      throw new UpdateException(
          "no place to install: set HOME or XDG_DATA_HOME to an absolute path");
    }
    String url = from != null ? from : environment.getenv("LLMSCAPE_UPDATE_URL");
    URI uri = CatalogUpdate.catalogUri(url != null ? url : CatalogUpdate.DEFAULT_URL);
    PublicKey trusted = key == null ? ReleaseFiles.projectKey() : readKey(key);
    BaseCatalog inUse = root.baseCatalog();
    String inUseVersion = CatalogLoader.base(inUse).version();

    PrintWriter out = environment.out();
    PrintWriter err = environment.err();
    ProgressLine progress =
        new ProgressLine(err, environment.stdoutTty(), "downloading catalog.json");
    CatalogUpdate.Outcome outcome;
    try {
      outcome =
          new CatalogUpdate(environment.env(), timeout(environment), store)
              .run(uri, trusted, inUse, inUseVersion, !check, progress::update);
    } finally {
      progress.done();
    }
    String from = Sanitizer.clean(uri.toString());
    if (outcome instanceof CatalogUpdate.UpToDate u) {
      err.println(
          "llmscape: catalog " + Sanitizer.clean(u.version()) + " is up to date (" + from + ")");
      return ExitCodes.NOT_FOUND_OR_BAD_DATA;
    }
    if (outcome instanceof CatalogUpdate.Older o) {
      err.println(
          "llmscape: catalog update: not installed: "
              + from
              + " has catalog "
              + Sanitizer.clean(o.version())
              + ", older than the one in use ("
              + Sanitizer.clean(o.inUse())
              + ")");
      return ExitCodes.NOT_FOUND_OR_BAD_DATA;
    }
    if (outcome instanceof CatalogUpdate.Invalid i) {
      ValidationReport.print(err, root.terminal(), i.report());
      err.println(
          "llmscape: catalog update: not installed: the catalog at "
              + from
              + " is invalid ("
              + i.report().errors()
              + " errors)");
      return ExitCodes.NOT_FOUND_OR_BAD_DATA;
    }
    CatalogUpdate.Newer n = (CatalogUpdate.Newer) outcome;
    String what =
        "catalog "
            + Sanitizer.clean(n.version())
            + " ("
            + Sanitizer.clean(n.date())
            + ", "
            + n.diff().to().models()
            + " models)";
    if (n.installed()) {
      out.println("Installed " + what + " from " + from);
      out.println(
          "  "
              + CatalogDiffReport.summary(n.diff())
              + " since "
              + Sanitizer.clean(inUseVersion)
              + "; 'llmscape catalog rollback' goes back");
    } else {
      out.println(
          "A newer catalog is available: "
              + what
              + " at "
              + from
              + " (in use: "
              + Sanitizer.clean(inUseVersion)
              + ")");
      CatalogDiffReport.print(out, root.terminal(), n.diff());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static PublicKey readKey(Path file) {
    try {
      return ReleaseFiles.publicKey(
          Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new UpdateException("cannot read the key " + file + ": " + e.getMessage());
    }
  }

  /** The network timeout without LLMSCAPE_UPDATE_TIMEOUT (help environment lists it). */
  static final int DEFAULT_TIMEOUT_SECONDS = 30;

  private static Duration timeout(Environment environment) {
    String value = environment.getenv("LLMSCAPE_UPDATE_TIMEOUT");
    if (value == null) {
      return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    }
    try {
      double seconds = Double.parseDouble(value.strip());
      if (seconds > 0 && seconds <= 3600) {
        return Duration.ofMillis((long) (seconds * 1000));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UpdateException(
        "LLMSCAPE_UPDATE_TIMEOUT must be a number of seconds from 0 to 3600, not '"
            + Sanitizer.clean(value)
            + "'");
  }
}
