package org.minsheng.hearing.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Where a hearing stands: taking comments, waiting for its feedback, feedback published, closed. */
public enum HearingStatus implements Labelled {
    OPEN("征求意见中", "Open for comments"),
    AWAITING_FEEDBACK("待反馈", "Awaiting feedback"),
    FEEDBACK_PUBLISHED("已反馈", "Feedback published"),
    CLOSED("已结束", "Closed");

    private final Label label;

    HearingStatus(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
