package dev.llmscape.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** The key that name look-ups compare: case-, width-, space-, hyphen- and dot-insensitive. */
public final class Names {
  private Names() {}

  /** "LLaMA-2", "llama 2" and "Llama2" all give "llama2"; full-width forms fold to ASCII. */
  public static String key(String name) {
    // NFKC leaves ASCII as it is; skipping it for ASCII names avoids loading the normaliser's data.
    String normalized = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
    String folded = normalized.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '.' || c == '·') {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
