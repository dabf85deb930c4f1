package dev.llmscape.catalog;

/**
 * One finding about a catalog file, for {@code validate} and for the notes printed when user
 * catalogs are layered.
 *
 * @param rule a short stable name for the rule broken ({@code json}, {@code schema}, {@code
 *     unknown-base}, {@code cycle}, ...): part of the {@code validate --json} contract
 * @param at where it stands; line and column are 0 when not known
 * @param model the id of the model concerned, or null
 * @param org the id of the org concerned, or null
 * @param message what is wrong, without the position or the model (may hold catalog text: sanitise
 *     before printing to a terminal)
 */
public record CatalogProblem(
    Severity severity, String rule, SourcePosition at, String model, String org, String message) {

  /** How much a problem matters: errors fail {@code validate}, warnings and notes do not. */
  public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static CatalogProblem error(String rule, SourcePosition at, String message) {
    return new CatalogProblem(Severity.ERROR, rule, at, null, null, message);
  }

  public CatalogProblem forModel(String id) {
    return new CatalogProblem(severity, rule, at, id, org, message);
  }

  public CatalogProblem forOrg(String id) {
    return new CatalogProblem(severity, rule, at, model, id, message);
  }

  public CatalogProblem withSeverity(Severity s) {
    return new CatalogProblem(s, rule, at, model, org, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column}, or just the file when the position is not known. */
  public String where() {
    return at.line() > 0 ? at.toString() : at.source();
  }

  /** The message with the model or org it concerns: {@code model vicuna: unknown base "x"}. */
  public String subjectAndMessage() {
    String subject = model != null ? "model " + model : org != null ? "org " + org : null;
    if (subject == null || message.startsWith(subject + " ")) {
      return message;
    }
    return subject + ": " + message;
  }

  /** One line: {@code file:3:5: error: model vicuna: unknown base "x"}. */
  @Override
  public String toString() {
    return where() + ": " + severity.word() + ": " + subjectAndMessage();
  }
}
