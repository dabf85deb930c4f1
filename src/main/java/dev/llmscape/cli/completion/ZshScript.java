package dev.llmscape.cli.completion;

import dev.llmscape.cli.completion.CompletionModel.Command;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The zsh script's spelling: words with their descriptions as name:description. */
final class ZshScript extends CompletionScript {
  ZshScript(Command root, List<String> models, List<String> orgs) {
    super(root, models, orgs);
  }

  @Override
  String listing(
      String function, Map<String, Command> paths, Function<Command, List<String[]>> items) {
    StringBuilder sb = new StringBuilder();
    sb.append("_llmscape_").append(function).append("() {\n  case \"$1\" in\n");
    paths.forEach(
        (path, c) -> {
          List<String[]> list = items.apply(c);
          if (!list.isEmpty()) {
            sb.append("    ").append(quote(path)).append(")\n      reply=(\n");
            for (String[] item : list) {
              String entry = item[0].replace(":", "\\:") + (item[1].isEmpty() ? "" : ":" + item[1]);
              sb.append("        ").append(quote(entry)).append('\n');
            }
            sb.append("      ) ;;\n");
          }
        });
    sb.append("    *) reply=() ;;\n  esac\n}\n\n");
    return sb.toString();
  }

  @Override
  String qualifierCase(String qualifier, String quotedKind) {
    return "      " + qualifier + ") _llmscape_offer " + quotedKind + " ;;\n";
  }
}
