package dev.llmscape.render;

import java.io.PrintWriter;

/**
 * A one-line progress report on a terminal, rewritten in place, shown only once an operation has
 * taken more than a second (a fast one shows nothing) and erased when it ends. Never shown when the
 * output is not a terminal.
 */
public final class ProgressLine {
  private static final long DELAY = 1_000_000_000L;
  private static final long EVERY = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final String label;
  private final long start = System.nanoTime();
  private long lastShown;
  private boolean shown;

  public ProgressLine(PrintWriter err, boolean terminal, String label) {
    this.err = err;
    this.terminal = terminal;
    this.label = label;
  }

  /** Bytes done so far, of {@code total} (-1 when unknown). */
  public void update(long done, long total) {
    long now = System.nanoTime();
    if (!terminal || now - start < DELAY || now - lastShown < EVERY) {
      return;
    }
    lastShown = now;
    shown = true;
    String of = total > 0 ? " of " + mb(total) + " (" + done * 100 / total + "%)" : "";
    err.print("\r" + label + ": " + mb(done) + of + "\033[K");
    err.flush();
  }

  /** Erases the line, if it was shown. */
  public void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
