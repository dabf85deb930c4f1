package dev.llmscape.model;

/**
 * What training took, where published.
 *
 * @param tokens pre-training tokens, or null
 * @param computeFlop training compute in FLOP, or null
 */
public record Training(Figure tokens, Figure computeFlop) {}
