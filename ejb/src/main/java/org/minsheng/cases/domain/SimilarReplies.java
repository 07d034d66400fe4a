package org.minsheng.cases.domain;

import java.util.List;

/** Lengths of the answers given to similar cases, the yardstick of the reply-quality check. */
public interface SimilarReplies {

    /**
     * Lengths in characters of the latest {@code max} answers to cases of {@code category}, other
     * than {@code exceptCaseId} and report-mailbox cases; empty when the category is unknown.
     */
    List<Integer> answerLengths(String category, String exceptCaseId, int max);
}
