package dev.llmscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A family and the org named after it answer to all their names, English or Chinese. */
class OrgNamesTest {
  private static String list(String org) {
    Cli.Result r = Cli.piped().run("list", "--org", org);
    assertEquals(0, r.exit(), org + ": " + r.err());
    return r.out();
  }

  @Test
  void googleByItsChineseNameIsTheFamily() {
    String family = list("Google");
    assertTrue(family.lines().count() > 20, family);
    assertEquals(family, list("谷歌"));
    // An org of the family by its own name is that org alone.
    assertNotEquals(family, list("Google DeepMind"));
    assertEquals(list("Google DeepMind"), list("谷歌DeepMind"));
    assertEquals(list("Google DeepMind"), list("Google Deep"));
  }

  @Test
  void alibabaByTeamNameChineseNameOrBeginning() {
    String family = list("Alibaba");
    assertTrue(family.lines().count() > 5, family);
    assertEquals(family, list("Qwen"));
    assertEquals(family, list("阿里"));
    assertEquals(family, list("阿里云"));
    assertEquals(family, list("Qwen Team"));
  }

  @Test
  void filterQualifierAgrees() {
    Cli.Result r = Cli.piped().run("filter", "org:阿里");
    assertEquals(0, r.exit(), r.err());
    assertEquals(list("Alibaba"), r.out());
  }

  @Test
  void aBeginningSharedByTwoFamiliesIsStillUnknownWithSuggestions() {
    Cli.Result r = Cli.piped().run("list", "--org", "zzzq");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no org or family named 'zzzq'"), r.err());
  }
}
