package dev.llmscape.model;

import java.util.List;

/**
 * An organisation that builds models. Orgs of one family (Google Brain, DeepMind, Google DeepMind)
 * share {@link #family()}.
 */
public record Org(
    String id,
    String name,
    String nameZh,
    String family,
    String country,
    List<String> aliases,
    String url,
    String mergedInto,
    String mergedOn,
    String notes) {
  public Org {
    aliases = List.copyOf(aliases);
  }
}
