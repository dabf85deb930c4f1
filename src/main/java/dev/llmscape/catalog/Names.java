package dev.llmscape.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** The key that name look-ups compare: case-, width-, space-, hyphen- and dot-insensitive. */
public final class Names {
  private Names() {}

  /** "LLaMA-2", "llama 2" and "Llama2" all give "llama2"; full-width forms fold to ASCII. */
  public static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
}
