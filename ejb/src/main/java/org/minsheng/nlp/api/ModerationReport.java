package org.minsheng.nlp.api;

import java.util.List;

/** The moderation decision and the lexicon entries found. */
public record ModerationReport(ModerationDecision decision, List<ModerationHit> hits) {

    public ModerationReport {
        hits = List.copyOf(hits);
    }
}
