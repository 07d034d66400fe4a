package org.minsheng.nlp.domain;

import java.util.List;

/** A reply's score (0–100, 100 when nothing is found) and the findings that lowered it. */
public record ReplyAssessment(int score, List<ReplyFinding> findings) {

    /** At or above: no attention needed. */
    public static final int GOOD = 80;
    /** Below: the reply should be revised. */
    public static final int POOR = 60;

    public ReplyAssessment {
        findings = List.copyOf(findings);
    }

    /** GOOD (≥ 80), FAIR (60–79) or POOR (&lt; 60). */
    public String band() {
        return score >= GOOD ? "GOOD" : score >= POOR ? "FAIR" : "POOR";
    }
}
