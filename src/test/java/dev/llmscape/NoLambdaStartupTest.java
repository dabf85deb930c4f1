package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The common lines link no lambda, method reference or stream at run time: the first one starts the
 * JDK's lambda machinery (LambdaMetafactory, method-handle species, each call site's linkage),
 * which was about a tenth of {@code filter org:Google size:>=100B}'s CPU time in a profile
 * (docs/performance.md). Code on these paths uses loops and classes instead.
 */
@Tag("process")
class NoLambdaStartupTest {
  @Test
  void theCommonLinesSpinNoLambda() throws Exception {
    for (String[] line :
        List.of(
            new String[] {"list", "--org", "Meta"},
            new String[] {"show", "llama-2"},
            new String[] {"filter", "org:Google", "size:>=100B"},
            new String[] {"lineage", "llama"},
            new String[] {"--version"})) {
      String log = ClassLoadLog.of(line);
      List<String> spun =
          log.lines()
              .filter(l -> l.contains("$$Lambda") || l.contains("LambdaMetafactory "))
              .toList();
      assertTrue(spun.isEmpty(), String.join(" ", line) + ":\n" + String.join("\n", spun));
    }
  }
}
