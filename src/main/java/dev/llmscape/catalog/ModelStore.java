package dev.llmscape.catalog;

import dev.llmscape.model.Model;
import java.util.List;

/**
 * Where an index finds a catalog's models: a list in memory, or a binary form that decodes an org's
 * models, or one model, only when they are asked for ({@link CatalogBinary.Decoded}).
 */
interface ModelStore {
  /** Every model, in catalog order. */
  List<Model> all();

  int size();

  /**
   * An org's models in catalog order without decoding the others, or null when this store has no
   * cheaper way than the org index over {@link #all()}.
   */
  default List<Model> ofOrg(String orgId) {
    return null;
  }

  /** The model at this place in catalog order. */
  default Model model(int place) {
    return all().get(place);
  }

  /** The index tables stored with the models, or null when they are to be computed from them. */
  /**
   * The places of an org's models in catalog order, without decoding them; null where the store
   * cannot tell them apart without decoding (then {@link #ofOrg} or the org index is used).
   */
  default int[] orgPlaces(String orgId) {
    return null;
  }

  default IndexTables tables() {
    return null;
  }

  /** What a stored table that contradicts the models it names is reported as. */
  default RuntimeException damaged(String what) {
    return new IllegalStateException(what);
  }

  static ModelStore of(List<Model> models) {
    return new ModelStore() {
      @Override
      public List<Model> all() {
        return models;
      }

      @Override
      public int size() {
        return models.size();
      }
    };
  }
}
