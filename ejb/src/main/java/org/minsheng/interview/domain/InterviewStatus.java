package org.minsheng.interview.domain;

/** 预告 → 直播中 → 已结束. */
public enum InterviewStatus {
    ANNOUNCED("预告", "Announced"),
    LIVE("直播中", "Live"),
    FINISHED("已结束", "Finished");

    private final String labelZh;
    private final String labelEn;

    InterviewStatus(String labelZh, String labelEn) {
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
