package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The help topics cost other commands nothing at start-up: a run of {@code list} loads none of
 * their classes, which only {@code help} builds. Checked in a JVM of its own, which logs the
 * classes it loads.
 */
@Tag("process")
class HelpStartupTest {
  /** The topics' own classes: the topic commands, the text and the list of variables. */
  private static final Pattern TOPIC_CLASS =
      Pattern.compile(
          "dev\\.llmscape\\.(?:cli\\.HelpTopics\\S*|cli\\.EnvironmentVariables\\S*|"
              + "render\\.TopicText\\S*)");

  @Test
  void onlyHelpLoadsTheTopicsClasses() throws Exception {
    assertEquals(List.of(), topicClassesLoaded("list", "--limit", "1"));
    assertEquals(List.of(), topicClassesLoaded("show", "llama"));
    assertEquals(List.of(), topicClassesLoaded("--version"));
    List<String> help = topicClassesLoaded("help", "environment");
    assertTrue(help.contains("dev.llmscape.cli.EnvironmentVariables"), help.toString());
    assertTrue(help.contains("dev.llmscape.render.TopicText"), help.toString());
  }

  private static List<String> topicClassesLoaded(String... args) throws Exception {
    String out = ClassLoadLog.of(args);
    List<String> loaded = new ArrayList<>();
    Matcher m = TOPIC_CLASS.matcher(out);
    while (m.find()) {
      loaded.add(m.group());
    }
    return loaded;
  }
}
