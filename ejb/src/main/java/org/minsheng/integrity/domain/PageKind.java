package org.minsheng.integrity.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** What kind of published page is watched; disclosure and news pages register the same way as answers. */
public enum PageKind implements Labelled {
    ANSWER("留言答复", "Published answer"),
    DISCLOSURE("政务公开", "Disclosure"),
    NEWS("新闻", "News");

    private final Label label;

    PageKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
