package dev.llmscape.cli;

/** {@code --color}: when to style output. */
public enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER
}
