package org.minsheng.news.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** A step of an article's editorial record. */
public enum ReviewAction implements Labelled {
    SUBMITTED("送审", "Submitted"),
    APPROVED("审核通过", "Approved"),
    REJECTED("退回修改", "Sent back"),
    PUBLISHED("发布", "Published"),
    EXPIRED("到期下线", "Expired"),
    WITHDRAWN("撤下", "Withdrawn");

    private final Label label;

    ReviewAction(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
