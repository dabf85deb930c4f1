package dev.llmscape.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of contents links to the anchors GitHub gives headings. */
class MarkdownAnchorTest {

  @Test
  void anchorsFollowGitHub() {
    Map<String, Integer> seen = new HashMap<>();
    assertEquals("1-foundation-models", MarkdownExport.anchor("1. Foundation models", seen));
    assertEquals("11-google系", MarkdownExport.anchor("1.1 Google系", seen));
    assertEquals(
        "一foundation-model-基座模型", MarkdownExport.anchor("一、Foundation model (基座模型)", seen));
    assertEquals("13-uwmadison", MarkdownExport.anchor("1.3 UW–Madison", seen));
    assertEquals("11-google系-1", MarkdownExport.anchor("1.1 Google系", seen));
  }
}
