package org.minsheng.poll.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** When the results may be seen; AFTER_CLOSING hides them from everyone, staff included, until the poll closes. */
public enum ResultsVisibility implements Labelled {
    LIVE("实时公布", "Live"),
    AFTER_ANSWERING("参与后可见", "After answering"),
    AFTER_CLOSING("结束后公布", "After closing");

    private final Label label;

    ResultsVisibility(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
