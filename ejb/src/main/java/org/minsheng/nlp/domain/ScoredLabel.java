package org.minsheng.nlp.domain;

/** A category with the model's probability for it. */
public record ScoredLabel(String label, double probability) {
}
