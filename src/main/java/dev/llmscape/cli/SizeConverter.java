package dev.llmscape.cli;

import dev.llmscape.model.ParamSize;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** Reads a parameter count such as 350M, 7B or 1.5T. */
public final class SizeConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return ParamSize.parseUserCount(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
