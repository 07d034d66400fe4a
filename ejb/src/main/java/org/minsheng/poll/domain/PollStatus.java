package org.minsheng.poll.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Where a poll stands in time. */
public enum PollStatus implements Labelled {
    SCHEDULED("未开始", "Not yet open"),
    OPEN("进行中", "Open"),
    CLOSED("已结束", "Closed");

    private final Label label;

    PollStatus(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
