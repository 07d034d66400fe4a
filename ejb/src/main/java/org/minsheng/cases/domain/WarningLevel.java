package org.minsheng.cases.domain;

/** Electronic supervision (电子监察): how close a case is to its time limit. */
public enum WarningLevel {
    NONE("正常", "On time"),
    YELLOW("黄灯预警", "Due soon"),
    RED("红灯超期", "Overdue");

    private final String labelZh;
    private final String labelEn;

    WarningLevel(String labelZh, String labelEn) {
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
