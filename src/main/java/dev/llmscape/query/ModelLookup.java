package dev.llmscape.query;

import dev.llmscape.catalog.CatalogIndex;
import dev.llmscape.catalog.Names;
import dev.llmscape.model.Model;
import dev.llmscape.model.Org;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves what users type to models and orgs, with suggestions when nothing matches. */
public final class ModelLookup {
  private final CatalogIndex index;

  public ModelLookup(CatalogIndex index) {
    this.index = index;
  }

  /**
   * The one model with this id, name, Chinese name or alias.
   *
   * @throws UnknownModelException with the nearest names when none matches
   * @throws AmbiguousNameException when several models share the name
   */
  public Model model(String name) {
    List<Model> found = index.byName(name);
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new UnknownModelException(name, suggestModels(name));
    }
    // An exact id or name wins over a shared alias.
    for (Model m : found) {
      if (m.id().equals(name) || m.name().equals(name)) {
        return m;
      }
    }
    throw new AmbiguousNameException(name, found);
  }

  /** Up to five model names nearest to {@code name}. */
  public List<String> suggestModels(String name) {
    Map<String, String> candidates = new LinkedHashMap<>();
    for (Model m : index.all()) {
      candidates.put(m.name(), Names.key(m.name()));
    }
    Map<String, String> byAlias = new LinkedHashMap<>();
    for (Map.Entry<String, List<Model>> e : index.nameKeys().entrySet()) {
      for (Model m : e.getValue()) {
        byAlias.putIfAbsent(m.name() + "\u0000" + e.getKey(), e.getKey());
      }
    }
    // Rank aliases too, but report the model's display name once.
    Set<String> out = new LinkedHashSet<>();
    for (String hit : Suggestions.nearest(name, merge(candidates, byAlias), 20)) {
      int cut = hit.indexOf('\u0000');
      out.add(cut < 0 ? hit : hit.substring(0, cut));
      if (out.size() == 5) {
        break;
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new LinkedHashMap<>(a);
    all.putAll(b);
    return all;
  }

  /**
   * The ids of the orgs an org or family name stands for ("Google" gives Google Brain, DeepMind,
   * Google DeepMind and Google).
   *
   * @throws UnknownOrgException with the nearest org and family names when none matches
   */
  public Set<String> orgIds(String name) {
    List<Org> orgs = index.orgsNamed(name);
    if (orgs.isEmpty()) {
      // The beginning of a name (阿里 for 阿里云, Qwen for Qwen Team) is enough when it belongs
      // to one family alone.
      List<Org> begun = index.orgsNamedFrom(name);
      Set<String> families = new LinkedHashSet<>();
      begun.forEach(o -> families.add(Names.key(o.family())));
      if (families.size() == 1) {
        orgs = begun;
      }
    }
    if (orgs.isEmpty()) {
      Map<String, String> candidates = new LinkedHashMap<>();
      for (Org org : index.orgs()) {
        candidates.put(org.family(), Names.key(org.family()));
        candidates.put(org.name(), Names.key(org.name()));
        if (org.nameZh() != null) {
          candidates.putIfAbsent(org.nameZh(), Names.key(org.nameZh()));
        }
        for (String alias : org.aliases()) {
          candidates.putIfAbsent(alias, Names.key(alias));
        }
      }
      throw new UnknownOrgException(name, Suggestions.nearest(name, candidates, 5));
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Org org : orgs) {
      ids.add(org.id());
    }
    return ids;
  }

  /** The models directly derived from a model, in catalog order. */
  public List<Model> derivatives(Model model) {
    return new ArrayList<>(index.childrenOf(model.id()));
  }
}
