package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code landscape} and {@code lineage -o svg}: golden pictures of the fixture, safe markup. */
class LandscapeCommandTest {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  @Test
  void fixtureLandscape() {
    Cli.Result r = Cli.piped().fixture("landscape");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("landscape-fixture.svg", r.out());
    parse(r.out());
  }

  @Test
  void fixtureLandscapeOfAQuery() {
    Cli.Result r = Cli.piped().fixture("landscape", "-o", "svg", "org:Meta");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("landscape-fixture-meta.svg", r.out());
  }

  @Test
  void fixtureLineage() {
    Cli.Result r = Cli.piped().fixture("lineage", "llama", "-o", "svg");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("lineage-llama.svg", r.out());
    assertEquals(r.out(), Cli.piped().fixture("lineage", "llama", "--format", "svg").out());
    parse(r.out());
  }

  @Test
  void aQueryDrawsEveryModelItMatches() {
    Document doc = parse(Cli.piped().fixture("landscape", "org:Meta").out());
    List<String> ids = marks(doc);
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      assertTrue(Cli.piped().fixture("show", id).out().contains("Meta"), id + " is one of Meta's");
    }
  }

  @Test
  void theDefaultDrawsTheNotableModelsAndAllDrawsEveryOne() {
    List<String> notable = marks(parse(Cli.piped().run("landscape").out()));
    List<String> all = marks(parse(Cli.piped().run("landscape", "--all").out()));
    assertTrue(notable.size() > 300 && notable.size() < all.size(), notable.size() + "");
    assertTrue(notable.contains("llama") && notable.contains("vicuna"), "Vicuna has derivatives");
    assertFalse(notable.contains("chatgpt"), "a chatbot nothing derives from is not notable");
    assertTrue(all.contains("chatgpt"));
  }

  @Test
  void aNegatedTermIsNotTakenForTheShortFormatOption() {
    Cli.Result r = Cli.piped().fixture("landscape", "-open:yes");
    assertEquals(0, r.exit(), r.err());
    List<String> ids = marks(parse(r.out()));
    assertTrue(ids.contains("palm") && !ids.contains("llama"), ids.toString());
  }

  @Test
  void hostileTextIsEscapedAndOnlyHttpsIsLinked() {
    String file = Cli.resource("/hostile/catalog.json").toString();
    for (List<String> args :
        List.of(List.of("landscape"), List.of("lineage", "evil-base", "-o", "svg"))) {
      List<String> all = new ArrayList<>(List.of("--only", "--catalog", file));
      all.addAll(args);
      Cli.Result r = Cli.piped().run(all.toArray(String[]::new));
      assertEquals(0, r.exit(), r.err());
      Document doc = parse(r.out()); // well-formed XML: nothing broke out of a string
      assertEquals(0, doc.getElementsByTagName("script").getLength());
      assertEquals(0, doc.getElementsByTagName("foreignObject").getLength());
      Matcher m = HREF.matcher(r.out());
      while (m.find()) {
        assertTrue(m.group(1).startsWith("https://"), m.group(1));
      }
      assertFalse(r.out().contains("http://example"), "the http link is not drawn");
      assertFalse(r.out().contains("\u001b"), "no escape character");
    }
  }

  @Test
  void nothingMatchingIsAnEmptyPictureAndAnUnknownOrgAnError() {
    Cli.Result none = Cli.piped().fixture("landscape", "date:1990");
    assertEquals(0, none.exit(), none.err());
    assertEquals(List.of(), marks(parse(none.out())));
    Cli.Result unknown = Cli.piped().fixture("landscape", "org:Nobody");
    assertEquals(1, unknown.exit());
    Cli.Result usage = Cli.piped().fixture("landscape", "-o", "png");
    assertEquals(2, usage.exit());
    assertTrue(usage.err().contains("unknown output format 'png': -o takes svg"), usage.err());
  }

  @Test
  void aDerivationPathIsDrawnWithBothEndsEmphasised() {
    Cli.Result r = Cli.piped().fixture("lineage", "vicuna", "--to", "llama", "-o", "svg");
    assertEquals(0, r.exit(), r.err());
    Document doc = parse(r.out());
    assertEquals(List.of("llama", "vicuna"), marks(doc).stream().sorted().toList());
    // The fixture is a version-1 catalog: open weights without an access class.
    assertEquals(2, r.out().split("class=\"m-weights focus\"", -1).length - 1, "both ends bold");
  }

  private static List<String> marks(Document doc) {
    List<String> ids = new ArrayList<>();
    NodeList groups = doc.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      var g = (org.w3c.dom.Element) groups.item(i);
      if (g.hasAttribute("data-model")) {
        ids.add(g.getAttribute("data-model"));
      }
    }
    return ids;
  }

  static Document parse(String svg) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
