package dev.llmscape.query;

import java.util.List;

/** A name that matches no model; carries the nearest names to suggest. */
public class UnknownModelException extends RuntimeException {
  private final String name;
  private final List<String> suggestions;

  public UnknownModelException(String name, List<String> suggestions) {
    super("no model named '" + name + "'");
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  public String name() {
    return name;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
