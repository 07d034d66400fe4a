package org.minsheng.hearing.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** A comment waits for a moderator, then is shown or not. */
public enum CommentStatus implements Labelled {
    PENDING("待审核", "Pending"),
    APPROVED("已公开", "Published"),
    REJECTED("不予公开", "Not published");

    private final Label label;

    CommentStatus(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
