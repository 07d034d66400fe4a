package org.minsheng.nlp.api;

import java.util.List;

/**
 * A reply's score (0–100) with its band (GOOD ≥ 80, FAIR 60–79, POOR &lt; 60, labelled in both
 * languages) and the findings that lowered it.
 */
public record ReplyQualityReport(int score, String band, String bandZh, String bandEn,
        List<ReplyQualityFinding> findings) {

    public ReplyQualityReport {
        findings = List.copyOf(findings);
    }
}
