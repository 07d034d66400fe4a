package org.minsheng.poll.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** A free-text answer: shown, or held for a moderator because of the sensitive-word check. */
public enum TextStatus implements Labelled {
    PUBLISHED("已公开", "Published"),
    HELD("待审核", "Held for review"),
    REJECTED("不予公开", "Not published");

    private final Label label;

    TextStatus(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
