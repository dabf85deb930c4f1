package dev.llmscape.catalog.update;

/**
 * Why {@code llmscape catalog update} did not install a catalog. Whatever the reason, the catalog
 * in use is left as it was.
 */
public final class UpdateException extends RuntimeException {
  public UpdateException(String message) {
    super(message);
  }

  public UpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
