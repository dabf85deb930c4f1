package dev.llmscape.cli.completion;

import dev.llmscape.cli.completion.CompletionModel.Command;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The bash script's spelling: words without descriptions, which bash does not show. */
final class BashScript extends CompletionScript {
  BashScript(Command root, List<String> models, List<String> orgs) {
    super(root, models, orgs);
  }

  @Override
  String listing(
      String function, Map<String, Command> paths, Function<Command, List<String[]>> items) {
    StringBuilder sb = new StringBuilder();
    sb.append("_llmscape_").append(function).append("() {\n  case \"$1\" in\n");
    paths.forEach(
        (path, c) -> {
          List<String> words = items.apply(c).stream().map(i -> i[0]).toList();
          if (!words.isEmpty()) {
            sb.append("    ")
                .append(quote(path))
                .append(") REPLY=")
                .append(quote(String.join(" ", words)))
                .append(" ;;\n");
          }
        });
    sb.append("    *) REPLY='' ;;\n  esac\n}\n\n");
    return sb.toString();
  }

  /** Unquoted: the template splits the list into words. */
  @Override
  String qualifiers() {
    return String.join(" ", CatalogCandidates.QueryTerms.QUALIFIERS);
  }

  @Override
  String qualifierCase(String qualifier, String quotedKind) {
    return "      "
        + qualifier
        + ") _llmscape_offer "
        + quotedKind
        + " \"${cur#*:}\" \"$prefix$neg$qualifier:\" ;;\n";
  }
}
