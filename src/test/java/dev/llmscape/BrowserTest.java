package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.model.Model;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of {@code export -o html} and the pictures of {@code landscape}, loaded in headless
 * Chromium: the DOM its script builds (rows, the filter from the URL fragment, a card), and the SVG
 * drawn with real fonts (nothing blank, no two labels overlapping as the browser lays them out).
 */
@Tag("process")
class BrowserTest {
  private static final Pattern ROW = Pattern.compile("<tr data-id=\"([^\"]*)\"([^>]*)>");

  @TempDir static Path dir;
  private static Path page;
  private static final Catalog CATALOG = CatalogLoader.bundled();

  @BeforeAll
  static void writePage() throws IOException {
    Chromium.require();
    Cli.Result r = Cli.piped().run("export", "-o", "html");
    assertEquals(0, r.exit(), r.err());
    page = dir.resolve("index.html");
    Files.writeString(page, r.out(), StandardCharsets.UTF_8);
  }

  @Test
  void everyModelIsARow() throws Exception {
    String dom = Chromium.dumpDom(page, null);
    List<String> rows = rows(dom, false);
    assertEquals(CATALOG.models().size(), rows.size());
    assertEquals(rows, rows(dom, true), "nothing filtered out");
    assertTrue(dom.contains("data-ready=\"true\""), "the script ran to its end");
    long last = Long.MIN_VALUE;
    for (String id : rows) { // sorted by release date at first, unknown dates last
      var released = CATALOG.index().byId(id).released();
      long day = released == null ? Long.MAX_VALUE : released.sortKey();
      assertTrue(day >= last, id + " is out of date order");
      last = day;
    }
    assertTrue(
        dom.contains(CATALOG.models().size() + " of " + CATALOG.models().size() + " models"));
  }

  @Test
  void theFragmentFiltersTheRows() throws Exception {
    String dom = Chromium.dumpDom(page, "q=qwen");
    Set<String> shown = new TreeSet<>(rows(dom, true));
    Set<String> expected = new TreeSet<>();
    for (Model m : CATALOG.models()) {
      if (searchText(m).contains("qwen")) {
        expected.add(m.id());
      }
    }
    assertTrue(expected.size() > 10, expected.toString());
    assertEquals(expected, shown);
    for (String id : shown) {
      assertTrue(searchText(CATALOG.index().byId(id)).contains("qwen"), id);
    }
    assertEquals(CATALOG.models().size(), rows(dom, false).size(), "the others are hidden");
    assertTrue(dom.contains("value=\"qwen\"") || dom.contains("data-shown=\"" + shown.size()));
  }

  @Test
  void theFragmentSortsTheTable() throws Exception {
    String dom = Chromium.dumpDom(page, "q=llama&sort=-size");
    List<String> rows = rows(dom, true);
    assertTrue(rows.size() > 5, rows.toString());
    long last = Long.MAX_VALUE;
    boolean unknown = false;
    for (String id : rows) { // largest first, unknown sizes last
      var p = CATALOG.index().byId(id).params();
      if (p == null || !p.known()) {
        unknown = true;
        continue;
      }
      assertFalse(unknown, id + " after a model of unknown size");
      assertTrue(p.max() <= last, id + " is out of size order");
      last = p.max();
    }
    assertTrue(
        dom.contains("data-key=\"size\" tabindex=\"0\" scope=\"col\" aria-sort=\"descending\""),
        "the heading shows it");
  }

  @Test
  void chineseNamesAndOrgsFilterToo() throws Exception {
    String dom = Chromium.dumpDom(page, "q=%E9%BE%99%E7%8C%AB"); // 龙猫
    assertEquals(List.of("chinchilla"), rows(dom, true));
  }

  @Test
  void theFragmentOpensACard() throws Exception {
    String dom = Chromium.dumpDom(page, "q=qwen&model=qwen3");
    Matcher card =
        Pattern.compile("<aside id=\"card\"([^>]*)>(.*?)</aside>", Pattern.DOTALL).matcher(dom);
    assertTrue(card.find(), dom.length() + " characters, no card");
    assertFalse(card.group(1).contains("hidden"), "the card shows");
    assertTrue(card.group(2).contains("<h2>Qwen3<"), card.group(2));
    assertTrue(card.group(2).contains("href=\"https://arxiv.org/abs/2505.09388\""), card.group(2));
    assertTrue(card.group(2).contains("Qwen3-VL"), "derivatives are listed");
    Matcher current = Pattern.compile("<tr data-id=\"qwen3\"[^>]*class=\"current\"").matcher(dom);
    assertTrue(current.find(), "the row is marked");
  }

  @Test
  void aHostileCatalogStaysText() throws Exception {
    String file = Cli.resource("/hostile/catalog.json").toString();
    Cli.Result r = Cli.piped().run("--only", "--catalog", file, "export", "-o", "html");
    assertEquals(0, r.exit(), r.err());
    Path hostile = dir.resolve("hostile.html");
    Files.writeString(hostile, r.out(), StandardCharsets.UTF_8);
    String dom = Chromium.dumpDom(hostile, "model=evil-chat");
    assertEquals(List.of("evil-base", "evil-chat"), rows(dom, true));
    assertEquals(2, count(dom, "<script"), "only the page's own scripts");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(dom);
    while (href.find()) {
      assertTrue(href.group(1).startsWith("https://"), href.group(1));
    }
    assertFalse(dom.contains("http://example.com"), "the http link is not made a link");
    assertTrue(dom.contains("<h2>Chat␛]0;owned␇␛[2J"), "the name shows as text");
  }

  @Test
  void theLandscapeRendersWithoutOverlapsInTheBrowser() throws Exception {
    String svg = Cli.piped().run("landscape").out();
    String wrapper =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
            + svg
            + "<pre id=\"result\"></pre><script>"
            + new String(
                BrowserTest.class.getResourceAsStream("/browser/overlaps.js").readAllBytes(),
                StandardCharsets.UTF_8)
            + "</script></body></html>";
    Path html = dir.resolve("landscape.html");
    Files.writeString(html, wrapper, StandardCharsets.UTF_8);
    String dom = Chromium.dumpDom(html, null);
    Matcher result = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertTrue(result.find(), "the check ran");
    String json = result.group(1).replace("&quot;", "\"").replace("&amp;", "&");
    System.out.println("landscape in the browser: " + json);
    assertTrue(json.contains("\"overlaps\":0,"), json);
    assertTrue(json.contains("\"outside\":0,"), json);
    assertTrue(json.matches("(?s).*\"texts\":[1-9][0-9]{2,}.*"), json);
  }

  @Test
  void theSvgIsDrawn() throws Exception {
    String svg = Cli.piped().fixture("landscape").out();
    Path file = dir.resolve("fixture.svg");
    Files.writeString(file, svg, StandardCharsets.UTF_8);
    Matcher size = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
    assertTrue(size.find());
    Path png = dir.resolve("fixture.png");
    Chromium.screenshot(
        file, Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)), png);
    BufferedImage image = ImageIO.read(png.toFile());
    int ink = 0;
    int green = 0;
    int red = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r < 200 || g < 200 || b < 200) {
          ink++;
        }
        if (g > 120 && r < 80 && b < 110) {
          green++;
        }
        if (r > 180 && g < 80 && b < 80) {
          red++;
        }
      }
    }
    int pixels = image.getWidth() * image.getHeight();
    assertTrue(ink > pixels / 100, "drawn: " + ink + " of " + pixels);
    assertTrue(
        green > 50 && red > 50, "open and closed marks: " + green + " green, " + red + " red");
  }

  private static String searchText(Model m) {
    var org = CATALOG.orgOf(m);
    List<String> parts = new ArrayList<>(List.of(m.name(), org.name(), org.family()));
    parts.addAll(m.aliases());
    Stream.of(m.nameZh(), org.nameZh()).filter(s -> s != null).forEach(parts::add);
    return String.join("\n", parts).toLowerCase(Locale.ROOT);
  }

  /** The row ids in document order; only those shown, or all. */
  private static List<String> rows(String dom, boolean shownOnly) {
    List<String> ids = new ArrayList<>();
    Matcher m = ROW.matcher(dom);
    while (m.find()) {
      if (!shownOnly || !m.group(2).contains("hidden")) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
