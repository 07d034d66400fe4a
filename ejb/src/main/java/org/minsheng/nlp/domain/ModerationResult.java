package org.minsheng.nlp.domain;

import java.util.List;

/** The verdict on one text and the matches that caused it, in text order. */
public record ModerationResult(ModerationVerdict verdict, List<SensitiveWordMatch> matches) {

    public ModerationResult {
        matches = List.copyOf(matches);
    }

    public static ModerationResult of(List<SensitiveWordMatch> matches) {
        return new ModerationResult(
                matches.isEmpty() ? ModerationVerdict.PASS : ModerationVerdict.HOLD_FOR_REVIEW, matches);
    }
}
