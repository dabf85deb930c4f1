package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcut for ASCII, Han and dashes gives the key the full NFKC folding gives. */
class NamesProperties {
  @Provide
  Arbitrary<String> asciiAndHan() {
    return Arbitraries.strings()
        .withCharRange((char) 0, (char) 0x7f)
        .withCharRange((char) 0x3400, (char) 0x4dbf)
        .withCharRange((char) 0x4e00, (char) 0x9fff)
        .withChars('\u2013', '\u2014')
        .ofMaxLength(12);
  }

  @Property
  void shortcutAgreesWithNormalising(@ForAll("asciiAndHan") String name) {
    assertEquals(Names.normalizedKey(name), Names.key(name), name);
  }

  @Property(tries = 200)
  void realNamesAgreeToo(@ForAll("orgNames") String name) {
    assertEquals(Names.normalizedKey(name), Names.key(name), name);
  }

  @Provide
  Arbitrary<String> orgNames() {
    return Arbitraries.of(
        "谷歌",
        "百度",
        "清华大学",
        "智谱 AI",
        "龙猫",
        "Meta AI",
        "文心一言 ERNIE-Bot",
        "通义千问",
        "UW–Madison",
        "a—b");
  }
}
