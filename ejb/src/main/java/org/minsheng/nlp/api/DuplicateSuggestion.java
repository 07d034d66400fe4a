package org.minsheng.nlp.api;

/** An open case that a message probably repeats, with a similarity score in [0, 1]. */
public record DuplicateSuggestion(String caseId, double score) {
}
