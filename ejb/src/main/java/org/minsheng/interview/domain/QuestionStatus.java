package org.minsheng.interview.domain;

/** A question's moderation state. */
public enum QuestionStatus {
    PENDING("待审核", "Pending"),
    APPROVED("已通过", "Approved"),
    REJECTED("未通过", "Rejected"),
    MERGED("已合并", "Merged"),
    ANSWERED("已答复", "Answered");

    private final String labelZh;
    private final String labelEn;

    QuestionStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
