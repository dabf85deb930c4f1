package dev.llmscape.cli;

import dev.llmscape.model.ReleaseDate;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** Reads a date as YYYY, YYYY-MM or YYYY-MM-DD. */
public final class DateConverter implements ITypeConverter<ReleaseDate> {
  @Override
  public ReleaseDate convert(String value) {
    try {
      return ReleaseDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
