package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Electronic supervision (电子监察): how close a case is to its time limit. */
public enum WarningLevel implements Labelled {
    NONE("正常", "On time"),
    YELLOW("黄灯预警", "Due soon"),
    RED("红灯超期", "Overdue");

    private final Label label;

    WarningLevel(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
