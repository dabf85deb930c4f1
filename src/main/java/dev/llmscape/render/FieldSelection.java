package dev.llmscape.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a JSON or CSV output writes, as {@code --fields name,org,released} asks: the requested
 * fields in the requested order (duplicates once), or every field of the output in contract order.
 * Each output names its own fields (docs/json.md); this class only checks and orders them, so every
 * command selects fields the same way.
 */
public record FieldSelection(List<String> fields) {
  public FieldSelection {
    fields = List.copyOf(fields);
  }

  /** Every field, in the output's documented order. */
  public static FieldSelection all(List<String> available) {
    return new FieldSelection(available);
  }

  /**
   * Parses a comma-separated list against the fields an output has, in any case; the selection
   * holds the fields as the output spells them ({@code nameZh}).
   *
   * @param spec the {@code --fields} value, or null for all fields
   * @throws UnknownFieldException for a name the output does not have, or an empty list
   */
  public static FieldSelection parse(String spec, List<String> available) {
    if (spec == null) {
      return all(available);
    }
    Set<String> chosen = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      // Any case, as every other value on the command line: --fields NAME,Released.
      String known =
          available.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst().orElse(null);
      if (known != null) {
        chosen.add(known);
      } else {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty() || chosen.isEmpty()) {
      throw new UnknownFieldException(unknown, available);
    }
    return new FieldSelection(new ArrayList<>(chosen));
  }

  public boolean includes(String field) {
    return fields.contains(field);
  }
}
