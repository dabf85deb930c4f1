package dev.llmscape.cli;

import dev.llmscape.render.Sanitizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.History;

/**
 * The shell's history file, kept by llmscape rather than by JLine, which failed the whole shell on
 * a file that is not UTF-8 or is a directory, printed a warning and a stack trace on every line
 * when it could not write, and rewrote the file without the lines it did not understand. Here the
 * file is only ever appended to (private, 0600), lines that cannot be read are left as they are,
 * and a file that cannot be used costs the history, with one warning, never the session.
 *
 * <p>Lines are JLine's format, {@code millis:text} with {@code \n} and {@code \\} escaped, so an
 * existing history carries over; lines without a time (written by hand) are read too. Text is
 * stored and recalled sanitised: no escape sequence pasted into the shell is kept or replayed.
 */
final class ShellHistory {
  /** How many lines the file keeps; it is trimmed when it holds twice as many. */
  static final int KEEP = 500;

  /** A bigger file is not read (nor written to): it is no history llmscape made. */
  private static final long MAX_SIZE = 16L << 20;

  private static final Pattern TIMESTAMPED = Pattern.compile("(\\d+):(.*)");

  private final Path file;
  private final PrintWriter warnings;
  private boolean usable = true;

  ShellHistory(Path file, PrintWriter warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  /** Reads the file's lines into the reader's history. */
  void load(History history) {
    List<byte[]> raw;
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !Files.exists(file)) {
        return;
      }
      if (!Files.isRegularFile(file)) {
        give("up", "it is not a file");
        return;
      }
      if (Files.size(file) > MAX_SIZE) {
        give("up", "it is over 16 MB");
        return;
      }
      raw = splitLines(Files.readAllBytes(file));
    } catch (IOException e) {
      give("up", "cannot read it (" + Sanitizer.clean(e.getMessage()) + ")");
      return;
    }
    List<String> entries = new ArrayList<>();
    boolean allUnderstood = true;
    for (byte[] line : raw) {
      String text = entry(line);
      if (text == null) {
        allUnderstood = false; // kept in the file as it is, never rewritten
      } else if (!text.isBlank()) {
        entries.add(text);
      }
    }
    for (String entry : entries.subList(Math.max(0, entries.size() - KEEP), entries.size())) {
      history.add(entry);
    }
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      if (allUnderstood && raw.size() > 2 * KEEP) {
        trim(raw.subList(raw.size() - KEEP, raw.size()));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the history still works
    }
  }

  /** Appends one line the user ran. */
  void add(String line) {
    if (!usable || line.isBlank()) {
      return;
    }
    String record = System.currentTimeMillis() + ":" + escape(Sanitizer.clean(line)) + "\n";
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        createPrivate(file);
      }
      try (OutputStream out =
          Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
        out.write(record.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      give(
          "not saved", "cannot write it (" + Sanitizer.clean(String.valueOf(e.getMessage())) + ")");
    }
  }

  private void give(String what, String why) {
    if (usable) {
      usable = false;
      warnings.println(
          "llmscape: history " + what + ": " + Sanitizer.clean(file.toString()) + ": " + why);
      warnings.flush();
    }
  }

  private static void createPrivate(Path path) throws IOException {
    try {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(path);
    }
  }

  private void trim(List<byte[]> last) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    createPrivate(tmp);
    try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
      for (byte[] line : last) {
        out.write(line);
        out.write('\n');
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<byte[]> splitLines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i > start || i < bytes.length) {
          lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /** A line's command, or null for a line that is not UTF-8 or has a broken escape. */
  static String entry(byte[] line) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    Matcher m = TIMESTAMPED.matcher(text);
    if (m.matches()) {
      text = unescape(m.group(2));
      if (text == null) {
        return null;
      }
    }
    return Sanitizer.clean(text);
  }

  static String escape(String line) {
    return line.replace("\\", "\\\\").replace("\n", "\\n");
  }

  private static String unescape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        sb.append(c);
      } else if (i + 1 < text.length()) {
        char next = text.charAt(++i);
        sb.append(next == 'n' ? '\n' : next);
      } else {
        return null;
      }
    }
    return sb.toString();
  }
}
