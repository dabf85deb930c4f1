package dev.llmscape.render;

import java.util.List;

/** {@code --fields} named a field the output does not have (or none at all): a usage error. */
public final class UnknownFieldException extends IllegalArgumentException {
  private final List<String> unknown;
  private final List<String> available;

  public UnknownFieldException(List<String> unknown, List<String> available) {
    super(
        unknown.isEmpty()
            ? "--fields needs at least one field"
            : (unknown.size() == 1 ? "unknown field " : "unknown fields ")
                + String.join(", ", unknown.stream().map(f -> "'" + f + "'").toList()));
    this.unknown = List.copyOf(unknown);
    this.available = List.copyOf(available);
  }

  public List<String> unknown() {
    return unknown;
  }

  /** The fields the output has, in its documented order. */
  public List<String> available() {
    return available;
  }
}
