package dev.llmscape.catalog;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The per-user directories llmscape keeps files in, after the XDG Base Directory spec. */
public final class UserDirs {
  private UserDirs() {}

  /**
   * {@code $XDG_.../llmscape} when {@code xdg} is set, else {@code $HOME/<underHome>/llmscape};
   * null when neither is an absolute path. A relative one is ignored, as the spec says: it would
   * put the files under whatever directory llmscape runs in.
   *
   * @param underHome the spec's default under the home directory: ".cache", or ".local", "share"
   */
  public static Path llmscape(String xdg, String home, String... underHome) {
    if (absolute(xdg)) {
      return Path.of(xdg, "llmscape");
    }
    if (absolute(home)) {
      return Path.of(home, underHome).resolve("llmscape");
    }
    return null;
  }

  private static boolean absolute(String path) {
    try {
      return path != null && !path.isEmpty() && Path.of(path).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
