package dev.llmscape.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help as wide as the terminal, within bounds: at least picocli's narrowest (55 columns), at most
 * 120, beyond which lines are hard to read; 80 when piped, so that scripts and golden files see the
 * same help whatever terminal ran them. The width comes from {@link Environment} (the launcher,
 * COLUMNS or JLine), not from picocli's own detection, which starts {@code stty} as a process; and
 * only when help is printed, since asking the terminal costs start-up time.
 */
final class HelpWidth implements CommandLine.IHelpFactory {
  static final int PIPED = 80;
  static final int MIN = 55;
  static final int MAX = 120;

  private final Environment environment;

  HelpWidth(Environment environment) {
    this.environment = environment;
  }

  /** The width help takes in this environment. */
  static int of(Environment environment) {
    if (!environment.stdoutTty()) {
      return PIPED;
    }
    int columns = environment.terminal(ColorMode.NEVER).width();
    return Math.max(MIN, Math.min(MAX, columns));
  }

  @Override
  public Help create(CommandSpec spec, Help.ColorScheme colorScheme) {
    spec.usageMessage().autoWidth(false).width(of(environment));
    return new Help(spec, colorScheme);
  }
}
