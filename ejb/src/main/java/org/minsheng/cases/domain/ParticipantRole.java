package org.minsheng.cases.domain;

/** How a department other than the lead one takes part in a case. */
public enum ParticipantRole {
    /** 协办: contributes an opinion the lead department uses in its reply. */
    CO_HANDLER("协办", "Co-handling"),
    /** 抄告: kept informed, may read the case. */
    COPY("抄告", "Copy");

    private final String labelZh;
    private final String labelEn;

    ParticipantRole(String labelZh, String labelEn) {
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
