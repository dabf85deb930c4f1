package dev.llmscape.query;

import java.util.List;

/** An org or family name that matches no org; carries the nearest names to suggest. */
public class UnknownOrgException extends RuntimeException {
  private final List<String> suggestions;

  public UnknownOrgException(String name, List<String> suggestions) {
    super("no org or family named '" + name + "'");
    this.suggestions = List.copyOf(suggestions);
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
