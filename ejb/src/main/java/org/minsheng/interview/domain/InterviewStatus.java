package org.minsheng.interview.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** 预告 → 直播中 → 已结束. */
public enum InterviewStatus implements Labelled {
    ANNOUNCED("预告", "Announced"),
    LIVE("直播中", "Live"),
    FINISHED("已结束", "Finished");

    private final Label label;

    InterviewStatus(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
