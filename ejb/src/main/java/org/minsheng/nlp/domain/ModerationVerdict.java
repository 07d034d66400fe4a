package org.minsheng.nlp.domain;

/** What happens to a text before it is published. */
public enum ModerationVerdict {
    /** 通过: nothing in the lexicon was found. */
    PASS("通过"),
    /** 待人工审核: a staff member must look at it before it is shown publicly. */
    HOLD_FOR_REVIEW("待人工审核");

    private final String label;

    ModerationVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
