package dev.llmscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Man pages in roff, which {@code man -l docs/man/llmscape.1} shows without asciidoctor: one page
 * for the tool and one per command, from the same command model as the help.
 */
final class RoffManPage {
  private RoffManPage() {}

  /**
   * File name to page, for the root command and each visible subcommand, theirs included ({@code
   * llmscape-help-environment.1}, {@code llmscape-catalog-update.1}), as the AsciiDoc pages have.
   */
  static Map<String, String> pages(CommandLine root, String version) {
    Map<String, String> out = new TreeMap<>();
    out.put("llmscape.1", page(root, version));
    addSubcommands(root, version, out);
    return out;
  }

  private static void addSubcommands(CommandLine cmd, String version, Map<String, String> out) {
    for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
      CommandSpec spec = e.getValue().getCommandSpec();
      if (spec.usageMessage().hidden()
          || !e.getKey().equals(spec.name())
          || spec.name().startsWith("_")) {
        continue;
      }
      out.put(spec.qualifiedName("-") + ".1", page(e.getValue(), version));
      addSubcommands(e.getValue(), version, out);
    }
  }

  private static String page(CommandLine cmd, String version) {
    CommandSpec spec = cmd.getCommandSpec();
    String title = spec.qualifiedName("-");
    StringBuilder r = new StringBuilder();
    r.append(
        ".\\\" Generated from the command model by RoffManPage (ManPagesTest); do not edit.\n");
    r.append(".TH \"")
        .append(title.toUpperCase(java.util.Locale.ROOT))
        .append("\" \"1\" \"\" \"llmscape ")
        .append(version)
        .append("\" \"llmscape manual\"\n");
    r.append(".SH NAME\n");
    String first = summary(spec.usageMessage().description());
    r.append(text(title)).append(" \\- ").append(text(first)).append('\n');
    r.append(".SH SYNOPSIS\n.nf\n");
    String synopsis =
        new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
            .synopsis(0);
    for (String line : synopsis.strip().split("\n")) {
      r.append(text(line.stripTrailing())).append('\n');
    }
    r.append(".fi\n");
    r.append(".SH DESCRIPTION\n");
    for (String line : spec.usageMessage().description()) {
      r.append(text(format(line))).append('\n');
    }
    List<PositionalParamSpec> positionals = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        positionals.add(p);
      }
    }
    if (!positionals.isEmpty()) {
      r.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : positionals) {
        r.append(".TP\n").append("\\fI").append(text(p.paramLabel())).append("\\fR\n");
        r.append(text(description(p.description()))).append('\n');
      }
    }
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        options.add(o);
      }
    }
    if (!options.isEmpty()) {
      r.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        r.append(".TP\n");
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
          names.add("\\fB" + text(n) + "\\fR");
        }
        r.append(String.join(", ", names));
        if (o.arity().max() > 0) {
          r.append(" \\fI").append(text(o.paramLabel())).append("\\fR");
        }
        r.append('\n').append(text(description(o.description(), o))).append('\n');
      }
    }
    Map<String, CommandLine> subs = cmd.getSubcommands();
    if (!subs.isEmpty()) {
      r.append(".SH COMMANDS\n");
      for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
        CommandSpec s = e.getValue().getCommandSpec();
        if (!e.getKey().equals(s.name()) || s.name().startsWith("_")) {
          continue;
        }
        String[] d = s.usageMessage().description();
        r.append(".TP\n\\fB").append(text(s.name())).append("\\fR\n");
        r.append(text(d.length > 0 ? format(d[0]) : "")).append('\n');
      }
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      String heading = format(spec.usageMessage().footerHeading()).strip();
      r.append(".SH ")
          .append(
              text(
                  heading.isEmpty()
                      ? "NOTES"
                      : heading.replace(":", "").toUpperCase(java.util.Locale.ROOT)))
          .append('\n');
      r.append(".nf\n");
      for (String line : footer) {
        r.append(text(format(line))).append('\n');
      }
      r.append(".fi\n");
    }
    if (cmd.getParent() != null) {
      r.append(".SH SEE ALSO\n\\fBllmscape\\fR(1)\n");
    }
    return r.toString();
  }

  /** The description's first sentence (up to a colon, a period or a comma), for NAME. */
  private static String summary(String[] lines) {
    String all = format(String.join(" ", lines)).replace('\n', ' ');
    for (String stop : new String[] {": ", ". ", ", "}) {
      int at = all.indexOf(stop);
      if (at > 0) {
        all = all.substring(0, at);
      }
    }
    return all.endsWith(".") ? all.substring(0, all.length() - 1) : all;
  }

  private static String description(String[] lines) {
    return format(String.join(" ", lines));
  }

  private static String description(String[] lines, OptionSpec o) {
    String d = description(lines);
    if (o.completionCandidates() != null) {
      List<String> values = new ArrayList<>();
      o.completionCandidates().forEach(values::add);
      d = d.replace("${COMPLETION-CANDIDATES}", String.join(", ", values));
    }
    return d.replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
  }

  /** picocli's format markers: %n is a line break; ${sys:path.separator} is ':' on Unix. */
  private static String format(String s) {
    return s.replace("%n", "\n").replace("${sys:path.separator}", ":").replace("%%", "%");
  }

  /** Escapes text for roff: backslashes, and a line starting with a dot or quote. */
  private static String text(String s) {
    String escaped = s.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : escaped.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        out.append("\\&");
      }
      out.append(line.isEmpty() ? ".sp" : line);
    }
    return out.toString();
  }
}
