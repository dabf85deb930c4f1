package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the common commands do after parsing loads nothing that only some paths need: the name keys
 * of the catalog's names are computed at build time, so no run loads the Unicode normaliser for an
 * ASCII name; no record's equals or hash is linked through {@code ObjectMethods}, and no comparator
 * is spun from {@code java.util.Comparator}'s own lambdas (neither of which JDK 17's class-data
 * archive holds). Checked in a JVM of its own, which logs the classes it loads.
 */
@Tag("process")
class LookupStartupTest {
  private static final List<String> NOT_AT_START_UP =
      List.of(
          "java.text.Normalizer ",
          "java.lang.runtime.ObjectMethods ",
          "source: java.util.Comparator");

  @Test
  void theCommonCommandsLoadNoNormaliserNorSpunComparisons() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"show", "llama-2"},
            new String[] {"lineage", "llama"},
            new String[] {"compare", "llama-2", "mistral-7b"},
            new String[] {"filter", "org:Google", "size:>=100B"},
            new String[] {"list", "--org", "Meta"})) {
      String log = ClassLoadLog.of(args);
      List<String> found = new ArrayList<>();
      for (String line : log.lines().toList()) {
        for (String what : NOT_AT_START_UP) {
          if (line.contains(what)) {
            found.add(line);
          }
        }
      }
      assertEquals(List.of(), found, String.join(" ", args));
    }
  }
}
