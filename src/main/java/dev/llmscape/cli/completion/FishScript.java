package dev.llmscape.cli.completion;

import dev.llmscape.cli.completion.CompletionModel.Command;
import dev.llmscape.cli.completion.CompletionModel.Positional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The fish script's spelling: switch statements, set -g lists, fish's own quoting. */
final class FishScript extends CompletionScript {
  FishScript(Command root, List<String> models, List<String> orgs) {
    super(root, models, orgs);
  }

  @Override
  String lookup(String function, String argument, Map<String, List<String>> cases) {
    StringBuilder sb = new StringBuilder();
    sb.append("function __llmscape_")
        .append(function)
        .append(" --argument-names cmdpath ")
        .append(argument)
        .append("\n    switch \"$cmdpath $")
        .append(argument)
        .append("\"\n");
    cases.forEach(
        (value, keys) -> {
          sb.append("        case");
          keys.forEach(k -> sb.append(' ').append(quote(k)));
          sb.append("\n            echo ").append(quote(value)).append('\n');
        });
    sb.append("        case '*'\n            return 1\n    end\nend\n\n");
    return sb.toString();
  }

  @Override
  String positionals(Map<String, Command> paths) {
    StringBuilder sb = new StringBuilder();
    sb.append("function __llmscape_positional --argument-names cmdpath index\n");
    sb.append("    switch \"$cmdpath\"\n");
    for (Map.Entry<String, Command> e : paths.entrySet()) {
      List<Positional> positionals = e.getValue().positionals();
      if (positionals.isEmpty()) {
        continue;
      }
      sb.append("        case " + quote(e.getKey()) + "\n");
      for (Positional p : positionals) {
        sb.append("            if test $index -ge ").append(p.from());
        if (p.to() != Integer.MAX_VALUE) {
          sb.append(" -a $index -le ").append(p.to());
        }
        sb.append("\n                echo ")
            .append(quote(kind(p.values())))
            .append("\n                return 0\n");
        sb.append("            end\n");
      }
    }
    sb.append("    end\n    return 1\nend\n\n");
    return sb.toString();
  }

  @Override
  String listing(
      String function, Map<String, Command> paths, Function<Command, List<String[]>> items) {
    StringBuilder sb = new StringBuilder();
    sb.append("function __llmscape_")
        .append(function)
        .append(" --argument-names cmdpath\n    switch \"$cmdpath\"\n");
    paths.forEach(
        (path, c) -> {
          List<String[]> list = items.apply(c);
          if (!list.isEmpty()) {
            sb.append("        case ").append(quote(path)).append("\n            printf '%s\\n'");
            for (String[] item : list) {
              String entry = item[1].isEmpty() ? item[0] : item[0] + "\t" + item[1];
              sb.append(" \\\n                ").append(quote(entry));
            }
            sb.append('\n');
          }
        });
    sb.append("    end\nend\n\n");
    return sb.toString();
  }

  @Override
  String array(String name, List<String> values) {
    StringBuilder sb = new StringBuilder();
    sb.append("set -g __llmscape_").append(name);
    values.forEach(v -> sb.append(" \\\n    ").append(quote(v)));
    sb.append("\n\n");
    return sb.toString();
  }

  @Override
  String qualifierCase(String qualifier, String quotedKind) {
    return "            case "
        + qualifier
        + "\n                __llmscape_offer "
        + quotedKind
        + " \"$prefix$neg$qualifier:\" $rest\n";
  }

  @Override
  String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
