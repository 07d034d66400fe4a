package org.minsheng.nlp.api;

import java.util.List;

/**
 * A reply's score (0–100) with its grade (GOOD ≥ 80, FAIR 60–79, POOR &lt; 60, labelled in both
 * languages) and the findings that lowered it.
 */
public record ReplyQualityReport(int score, String grade, String gradeZh, String gradeEn,
        List<ReplyQualityFinding> findings) {

    public ReplyQualityReport {
        findings = List.copyOf(findings);
    }
}
