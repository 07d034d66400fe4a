package org.minsheng.disclosure.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Whether a published document is still in force (有效性). */
public enum Validity implements Labelled {
    VALID("有效", "In force"),
    AMENDED("已修改", "Amended"),
    REPEALED("已废止", "Repealed"),
    EXPIRED("已失效", "Expired");

    private final Label label;

    Validity(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Amended and repealed documents name the document that replaces them. */
    public boolean needsReplacement() {
        return this == AMENDED || this == REPEALED;
    }
}
