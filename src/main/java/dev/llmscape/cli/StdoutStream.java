package dev.llmscape.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why a write failed. The PrintWriter over it only keeps a flag, and
 * a reader that leaves early (a closed pipe, {@code | head}) must end quietly while a full disk
 * must not: telling them apart needs the exception.
 */
final class StdoutStream extends FilterOutputStream {
  private IOException failure;

  StdoutStream(OutputStream out) {
    super(out);
  }

  /** The first write or flush that failed, or null. */
  synchronized IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private synchronized IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** Whether a failure is the reader having gone away, which is no error for a CLI. */
  static boolean isClosedPipe(IOException e) {
    String message = e.getMessage();
    return message != null && message.contains("Broken pipe");
  }
}
