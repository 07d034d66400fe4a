package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** How a follow-up visit (回访) reached the resident. */
public enum VisitMethod implements Labelled {
    PHONE("电话回访", "By phone"),
    VISIT("上门回访", "In person");

    private final Label label;

    VisitMethod(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
