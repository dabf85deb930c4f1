package dev.llmscape.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a catalog's bytes to the JSON parser, stopping at the first that is not well-formed UTF-8
 * (RFC 3629) with its line and column (in characters). Jackson's decoder is lenient where it
 * matters: it takes overlong forms ({@code C0 9B} for ESC, {@code C0 80} for NUL, which would slip
 * a control character past every check that looks for the real one), lead bytes {@code F5}..{@code
 * FF}, surrogates and code points above U+10FFFF.
 */
final class Utf8Check extends FilterInputStream {
  private int line = 1;
  private int column = 1;

  /** Continuation bytes still due for the character being read. */
  private int pending;

  /** The allowed range of the next continuation byte (narrower after E0, ED, F0 and F4). */
  private int low = 0x80;

  private int high = 0xbf;
  private boolean afterCr;
  private Malformed failure;
  private int startColumn;
  private int startLine;

  Utf8Check(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      atEnd();
    } else {
      check(b);
    }
    return b;
  }

  /**
   * Passes on the bytes before a bad character and fails on the next read, so that the parser
   * reports what comes before it first (as validate lists problems in file order).
   */
  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    int n = super.read(buffer, off, len);
    if (n < 0) {
      atEnd();
    }
    int characterStart = 0;
    for (int i = 0; i < n; i++) {
      if (pending == 0) {
        // A run of ASCII other than line ends, most of any catalog, only moves the column: it is
        // skipped in a local loop rather than byte by byte through check(), which was a fifth of
        // the time to read a 350 MB catalog (the JIT runs at C1 only, so nothing is inlined).
        int run = i;
        while (run < n) {
          byte b = buffer[off + run];
          if (b < 0 || b == '\r' || b == '\n') {
            break;
          }
          run++;
        }
        if (run > i) {
          column += run - i;
          afterCr = false;
          i = run - 1;
          continue;
        }
        characterStart = i;
      }
      try {
        check(buffer[off + i] & 0xff);
      } catch (Malformed e) {
        if (characterStart == 0) {
          throw e;
        }
        failure = e;
        return characterStart;
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return 0; // every byte is checked
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void atEnd() throws Malformed {
    if (pending > 0) {
      throw bad("the file ends inside a character");
    }
  }

  private void check(int b) throws Malformed {
    if (pending > 0) {
      if (b < low || b > high) {
        throw bad(
            b >= 0x80 && b <= 0xbf
                ? "an overlong form, a surrogate or a code point above U+10FFFF"
                : "a character cut short");
      }
      low = 0x80;
      high = 0xbf;
      if (--pending == 0) {
        column++;
      }
      return;
    }
    startLine = line;
    startColumn = column;
    boolean cr = afterCr;
    afterCr = b == '\r';
    if (b < 0x80) {
      if (b == '\r' || (b == '\n' && !cr)) { // \r\n, \r and \n each end a line, as for Jackson
        line++;
        column = 1;
      } else if (b != '\n') {
        column++;
      }
      return;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      pending = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      pending = 2;
      low = b == 0xe0 ? 0xa0 : 0x80; // E0 80..9F would be overlong
      high = b == 0xed ? 0x9f : 0xbf; // ED A0..BF would be a surrogate
    } else if (b >= 0xf0 && b <= 0xf4) {
      pending = 3;
      low = b == 0xf0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      high = b == 0xf4 ? 0x8f : 0xbf; // F4 90.. would be above U+10FFFF
    } else if (b == 0xc0 || b == 0xc1) {
      throw bad(String.format("byte 0x%02X starts an overlong form", b));
    } else if (b >= 0x80 && b <= 0xbf) {
      throw bad(String.format("byte 0x%02X continues no character", b));
    } else {
      throw bad(String.format("byte 0x%02X never occurs in UTF-8", b));
    }
  }

  private Malformed bad(String what) {
    return new Malformed(pending > 0 ? startLine : line, pending > 0 ? startColumn : column, what);
  }

  /**
   * Bytes that are not UTF-8, where the bad character starts. An IOException, as a read error, so
   * that it passes through the parser and the readers of entries unchanged.
   */
  static final class Malformed extends java.io.CharConversionException {
    final int line;
    final int column;

    Malformed(int line, int column, String what) {
      super(what);
      this.line = line;
      this.column = column;
    }
  }
}
