package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** How a department other than the lead one takes part in a case. */
public enum ParticipantRole implements Labelled {
    /** 协办: contributes an opinion the lead department uses in its reply. */
    CO_HANDLER("协办", "Co-handling"),
    /** 抄告: kept informed, may read the case. */
    COPY("抄告", "Copy");

    private final Label label;

    ParticipantRole(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
