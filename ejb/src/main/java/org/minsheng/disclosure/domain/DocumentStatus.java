package org.minsheng.disclosure.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Where a document is on its way from the editor's draft to the public catalogue. */
public enum DocumentStatus implements Labelled {
    DRAFT("草稿", "Draft"),
    IN_REVIEW("待审核", "In review"),
    SCHEDULED("待发布", "Scheduled"),
    PUBLISHED("已发布", "Published");

    private final Label label;

    DocumentStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
