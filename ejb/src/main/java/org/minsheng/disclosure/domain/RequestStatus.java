package org.minsheng.disclosure.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Where an application for information (依申请公开) stands. */
public enum RequestStatus implements Labelled {
    RECEIVED("办理中", "In progress"),
    AWAITING_COMPLETION("待补正", "Awaiting completion"),
    CONSULTING("征求第三方意见", "Consulting a third party"),
    ANSWERED("已答复", "Answered");

    private final Label label;

    RequestStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
