package org.minsheng.guide.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Where a guide is in its review; only PUBLISHED is public. */
public enum GuideStatus implements Labelled {
    DRAFT("草稿", "Draft"),
    IN_REVIEW("审核中", "In review"),
    PUBLISHED("已发布", "Published"),
    WITHDRAWN("已撤下", "Withdrawn");

    private final Label label;

    GuideStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
