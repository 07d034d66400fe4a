package org.minsheng.cases.domain;

/** The fixed lifecycle of a case (接收—处理—反馈). */
public enum CaseStatus {
    REGISTERED("已登记", "Registered"),
    DISPATCHED("已分办", "Dispatched"),
    HANDLING("办理中", "In progress"),
    ANSWERED("已答复", "Answered"),
    CLOSED("已办结", "Closed");

    private final String labelZh;
    private final String labelEn;

    CaseStatus(String labelZh, String labelEn) {
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
