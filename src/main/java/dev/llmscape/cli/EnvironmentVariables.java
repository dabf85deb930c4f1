package dev.llmscape.cli;

import dev.llmscape.catalog.update.CatalogUpdate;
import java.io.File;
import java.util.List;

/**
 * Every environment variable llmscape, its launchers and its completion scripts read: the one
 * definition {@code llmscape help environment} and its man page are written from. {@code
 * EnvironmentTopicTest} scans the sources and the launchers for the variables they read and fails
 * when one is missing here, or when one listed here is read nowhere. Defaults are taken from the
 * code's own constants where it has them.
 */
final class EnvironmentVariables {
  private EnvironmentVariables() {}

  /**
   * One variable (or a few read together).
   *
   * @param names the variable's name, or several separated by ", "
   * @param group the heading it is listed under
   * @param meaning what it does
   * @param byDefault what happens when it is not set
   */
  record Variable(String names, String group, String meaning, String byDefault) {}

  static final String OUTPUT = "Output";
  static final String FILES = "Catalogs and files";
  static final String UPDATE = "catalog update";
  static final String LAUNCHER = "The launchers (./llmscape in a checkout, bin/llmscape installed)";

  static final List<Variable> ALL =
      List.of(
          new Variable(
              "NO_COLOR",
              OUTPUT,
              "Set to anything but empty: no colour, unless --color=always.",
              "colour on a terminal"),
          new Variable(
              "CLICOLOR_FORCE",
              OUTPUT,
              "Set and not 0: colour even when the output is piped, unless --color=never or"
                  + " NO_COLOR.",
              "colour only on a terminal"),
          new Variable(
              "TERM", OUTPUT, "'dumb': no colour on the terminal.", "as the terminal sets it"),
          new Variable(
              "COLUMNS",
              OUTPUT,
              "The terminal's width, where the launcher has not passed it (java -jar). Piped"
                  + " output is always laid out for 80 columns.",
              "asked from the terminal"),
          new Variable(
              "LC_ALL, LC_CTYPE, LANG",
              OUTPUT,
              "The first one set decides whether the terminal takes UTF-8: box-drawing"
                  + " characters, '…' and block bars if its value names UTF-8, else ASCII. The"
                  + " launcher also runs Java in C.UTF-8 so that arguments decode, and passes the"
                  + " value on.",
              "ASCII"),
          new Variable(
              "LLMSCAPE_PAGER, PAGER",
              OUTPUT,
              "The pager for long output on a terminal, LLMSCAPE_PAGER first; empty or 'cat':"
                  + " none. Never used when the output is piped, or with --no-pager.",
              "less -FRX, if less is on PATH"),
          new Variable(
              "LESS",
              OUTPUT,
              "Options for less as the pager, passed on as they are.",
              Pager.LESS_OPTIONS),
          new Variable("LV", OUTPUT, "Options for lv as the pager.", Pager.LV_OPTIONS),
          new Variable("PATH", OUTPUT, "Where the default pager, less, is looked for.", null),
          new Variable(
              "LLMSCAPE_CATALOG",
              FILES,
              "Catalog files to lay over the bundled one, separated by '"
                  + File.pathSeparator
                  + "'; --catalog replaces them. The completion scripts read it too, to complete"
                  + " the names of those catalogs.",
              "the bundled catalog alone"),
          new Variable(
              "HOME",
              FILES,
              "The home directory the defaults below are in (~); ignored unless absolute.",
              "no cache, 'catalog update' needs XDG_DATA_HOME, the shell's history goes under"
                  + " Java's user.home"),
          new Variable(
              "XDG_DATA_HOME",
              FILES,
              "Where 'catalog update' installs catalogs: $XDG_DATA_HOME/llmscape.",
              "~/.local/share"),
          new Variable(
              "XDG_CACHE_HOME",
              FILES,
              "Where big --catalog files (1 MB or more) are cached in binary form, and help"
                  + " texts as rendered, for speed: $XDG_CACHE_HOME/llmscape/catalogs and"
                  + " .../help.",
              "~/.cache"),
          new Variable(
              "LLMSCAPE_NO_CACHE",
              FILES,
              "Set: no cache of big catalog files, nor of help texts.",
              "cached"),
          new Variable(
              "XDG_STATE_HOME",
              FILES,
              "Where 'shell' keeps its history: $XDG_STATE_HOME/llmscape/history.",
              "~/.local/state"),
          new Variable(
              "LLMSCAPE_UPDATE_URL",
              UPDATE,
              "Where 'catalog update' looks for catalog releases (--from wins): a mirror, or a"
                  + " file:// directory.",
              CatalogUpdate.DEFAULT_URL),
          new Variable(
              "LLMSCAPE_UPDATE_TIMEOUT",
              UPDATE,
              "Seconds to wait for the network, from 0 to 3600.",
              CatalogUpdateCommand.DEFAULT_TIMEOUT_SECONDS + " seconds"),
          new Variable(
              "LLMSCAPE_OFFLINE",
              UPDATE,
              "Set and not 0: no http(s) fetch at all (file:// URLs still work).",
              "online"),
          new Variable(
              "HTTPS_PROXY, HTTP_PROXY",
              UPDATE,
              "The proxy for https and http URLs, as host:port or a URL (the lower-case names"
                  + " too, as curl reads them).",
              "no proxy"),
          new Variable(
              "NO_PROXY",
              UPDATE,
              "Hosts and domains that bypass the proxy, comma-separated; '*' for all (also"
                  + " no_proxy).",
              "none"),
          new Variable(
              "JAVA_HOME",
              LAUNCHER,
              "./llmscape runs $JAVA_HOME/bin/java (17 or newer), and builds with it. The"
                  + " installed bin/llmscape brings its own runtime.",
              "java on PATH"),
          new Variable(
              "LLMSCAPE_JAVA_OPTS",
              LAUNCHER,
              "More options for the JVM, split at spaces (-Xmx2g for a huge --catalog).",
              "none"),
          new Variable(
              "LLMSCAPE_ARCHIVE",
              LAUNCHER,
              "0: ./llmscape runs without the class-data archive it makes after each build"
                  + " (slower start).",
              "1"));
}
