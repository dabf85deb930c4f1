package dev.llmscape.cli.completion;

import dev.llmscape.cli.completion.CompletionModel.Command;
import dev.llmscape.cli.completion.CompletionModel.Option;
import dev.llmscape.cli.completion.CompletionModel.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Completion in Java, for the interactive shell: the same walk over the words as the shell scripts
 * do (find the command, skip option values, count positionals), answering with every candidate for
 * the word under the cursor. The caller matches them against what was typed.
 */
public final class CompletionEngine {
  /**
   * One candidate.
   *
   * @param complete false when more is to be typed right after it (a qualifier's colon)
   */
  public record Suggestion(String value, String description, boolean complete) {}

  private final Command root;
  private final Supplier<List<String>> models;
  private final Supplier<List<String>> orgs;

  public CompletionEngine(
      Command root, Supplier<List<String>> models, Supplier<List<String>> orgs) {
    this.root = root;
    this.models = models;
    this.orgs = orgs;
  }

  /**
   * The candidates for {@code words[index]}; {@code words[0]} is the program's name.
   *
   * @param words the words up to the cursor, quotes removed; the last may be partial
   */
  public List<Suggestion> complete(List<String> words, int index) {
    Command command = root;
    int positional = 0;
    Option expect = null;
    boolean dashdash = false;
    for (int i = 1; i < index && i < words.size(); i++) {
      String word = words.get(i);
      if (expect != null) {
        expect = null;
        continue;
      }
      if (!dashdash && word.length() > 1 && word.startsWith("-")) {
        if (word.equals("--")) {
          dashdash = true;
        } else if (!word.contains("=")) {
          Option option = command.option(word);
          expect = option != null && option.value() != null ? option : null;
        }
        continue;
      }
      Command sub = positional == 0 ? command.subcommand(word) : null;
      if (sub != null) {
        command = sub;
      } else {
        positional++;
      }
    }
    String current = index < words.size() ? words.get(index) : "";
    List<Suggestion> out = new ArrayList<>();
    if (expect != null) {
      values(expect.value(), current, "", out);
      return out;
    }
    if (!dashdash && current.startsWith("-")) {
      int eq = current.indexOf('=');
      Option option = eq > 0 ? command.option(current.substring(0, eq)) : null;
      if (option != null && option.value() != null) {
        values(option.value(), current.substring(eq + 1), current.substring(0, eq + 1), out);
        return out;
      }
      for (Option o : command.options()) {
        o.names().forEach(n -> out.add(new Suggestion(n, o.description(), true)));
      }
    }
    if (positional == 0 && !dashdash) {
      for (Command sub : command.subcommands()) {
        sub.names().forEach(n -> out.add(new Suggestion(n, sub.description(), true)));
      }
    }
    Values values = command.positional(positional);
    if (values != null) {
      values(values, current, "", out);
    }
    return out;
  }

  private void values(Values values, String current, String prefix, List<Suggestion> out) {
    switch (values.kind()) {
      case WORDS -> values.words().forEach(w -> out.add(new Suggestion(prefix + w, "", true)));
      case MODELS -> models.get().forEach(m -> out.add(new Suggestion(prefix + m, "", true)));
      case ORGS -> orgs.get().forEach(o -> out.add(new Suggestion(prefix + o, "", true)));
      case COMMAND ->
          root.subcommands()
              .forEach(c -> out.add(new Suggestion(prefix + c.name(), c.description(), true)));
      case QUERY -> query(current, prefix, out);
      case FILE, NONE -> {}
    }
  }

  private void query(String current, String prefix, List<Suggestion> out) {
    String negation = current.startsWith("-") ? "-" : "";
    String term = current.substring(negation.length());
    int colon = term.indexOf(':');
    if (colon < 0) {
      for (String q : CatalogCandidates.QueryTerms.QUALIFIERS) {
        out.add(new Suggestion(prefix + negation + q, "", false));
      }
      return;
    }
    String qualifier = term.substring(0, colon);
    Values values = CompletionModel.qualifierValues().get(qualifier);
    if (values != null) {
      values(values, term.substring(colon + 1), prefix + negation + qualifier + ":", out);
    }
  }
}
