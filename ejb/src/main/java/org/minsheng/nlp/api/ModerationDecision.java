package org.minsheng.nlp.api;

/** PASS (通过) or HOLD_FOR_REVIEW (待人工审核). */
public enum ModerationDecision {
    PASS,
    HOLD_FOR_REVIEW
}
