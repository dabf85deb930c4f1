package dev.llmscape.cli;

import dev.llmscape.model.Counts;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** Reads a token count such as 4096, 128k or 1M. */
public final class TokensConverter implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    try {
      return Counts.parseTokens(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
