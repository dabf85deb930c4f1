package dev.llmscape.cli;

import dev.llmscape.model.Access;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** Reads an access class as the catalog spells it: open, open-restricted, api... */
public final class AccessConverter implements ITypeConverter<Access> {
  @Override
  public Access convert(String value) {
    return Access.fromId(value.strip())
        .orElseThrow(
            () ->
                new CommandLine.TypeConversionException(
                    "'"
                        + value
                        + "' is not an access class (use "
                        + String.join(", ", Arrays.stream(Access.values()).map(Access::id).toList())
                        + ")"));
  }
}
