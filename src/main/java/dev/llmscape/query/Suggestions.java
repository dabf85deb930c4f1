package dev.llmscape.query;

import dev.llmscape.catalog.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Did you mean ...?": the display names whose keys are nearest to what the user typed. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Ranks candidates by edit distance between name keys (see {@link Names#key}), keeping those
   * within a distance that grows with the length, plus those that start with the typed text.
   *
   * @param candidates display name to look-up key, e.g. "LLaMA" -> "llama"
   * @return up to {@code max} display names, nearest first
   */
  public static List<String> nearest(String typed, Map<String, String> candidates, int max) {
    String key = Names.key(typed);
    if (key.isEmpty()) {
      return List.of();
    }
    int limit = Math.max(1, Math.min(3, key.length() / 3));
    Map<String, Integer> scored = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : candidates.entrySet()) {
      String candidate = e.getValue();
      int d = distance(key, candidate, limit + 1);
      if (d <= limit) {
        scored.merge(e.getKey(), d * 2, Math::min);
      } else if (key.length() >= 3 && candidate.startsWith(key)) {
        scored.merge(e.getKey(), 2 * limit + 1, Math::min);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(scored.entrySet());
    ranked.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.comparingInt(String::length)))
            .thenComparing(Map.Entry.comparingByKey()));
    return ranked.stream().limit(max).map(Map.Entry::getKey).toList();
  }

  /**
   * Optimal string alignment distance (Levenshtein with adjacent transpositions), giving up early
   * once every path exceeds {@code cap}.
   */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) > cap) {
      return cap + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > cap) {
        return cap + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
