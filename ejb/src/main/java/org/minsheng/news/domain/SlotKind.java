package org.minsheng.news.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** What a special topic's slot shows. */
public enum SlotKind implements Labelled {
    LEAD("头条文章", "Lead article"),
    COLUMN("栏目", "Column"),
    LINK("链接", "Link"),
    INTERVIEW("在线访谈", "Interview"),
    HEARING("听证", "Hearing");

    private final Label label;

    SlotKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
