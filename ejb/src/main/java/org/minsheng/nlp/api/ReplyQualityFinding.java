package org.minsheng.nlp.api;

/** One finding: its code (e.g. BOILERPLATE), label, the points it cost and what was found. */
public record ReplyQualityFinding(String code, String labelZh, String labelEn, int penalty, String detail) {
}
