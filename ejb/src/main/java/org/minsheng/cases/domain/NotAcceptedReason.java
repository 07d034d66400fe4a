package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Why a message is not taken up (不予受理); the resident sees the label. */
public enum NotAcceptedReason implements Labelled {
    OUT_OF_SCOPE("不属于本平台受理范围", "Outside what this platform handles"),
    DUPLICATE("重复反映，已有在办件", "Repeats a case already being handled"),
    ABUSIVE("含有辱骂、人身攻击等内容", "Abusive content"),
    UNCLEAR("诉求不明确，无法办理", "The request is not clear enough to handle"),
    LEGAL_PROCEEDINGS("已进入诉讼、仲裁或行政复议程序", "Already before a court, arbitration or review"),
    OTHER("其他原因", "Other reason");

    private final Label label;

    NotAcceptedReason(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
