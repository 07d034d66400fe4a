package org.minsheng.nlp.domain;

/** An open case that a new message probably repeats, with a similarity score in [0, 1]. */
public record DuplicateCandidate(String caseId, double score) {
}
