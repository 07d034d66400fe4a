package org.minsheng.interview.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** A question's moderation state. */
public enum QuestionStatus implements Labelled {
    PENDING("待审核", "Pending"),
    APPROVED("已通过", "Approved"),
    REJECTED("未通过", "Rejected"),
    MERGED("已合并", "Merged"),
    ANSWERED("已答复", "Answered");

    private final Label label;

    QuestionStatus(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
