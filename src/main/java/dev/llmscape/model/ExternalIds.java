package dev.llmscape.model;

import java.util.List;

/**
 * A model's ids in other catalogs, for matching them: Hugging Face repos ({@code org/name}),
 * models.dev ids ({@code provider/id}), OpenRouter slugs and Epoch AI's model names.
 */
public record ExternalIds(
    List<String> huggingface, List<String> modelsDev, List<String> openRouter, List<String> epoch) {
  public static final ExternalIds NONE =
      new ExternalIds(List.of(), List.of(), List.of(), List.of());

  public ExternalIds {
    huggingface = List.copyOf(huggingface);
    modelsDev = List.copyOf(modelsDev);
    openRouter = List.copyOf(openRouter);
    epoch = List.copyOf(epoch);
  }

  public boolean isEmpty() {
    return huggingface.isEmpty() && modelsDev.isEmpty() && openRouter.isEmpty() && epoch.isEmpty();
  }
}
