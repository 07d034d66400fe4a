package org.minsheng.integrity.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** What the last check found on a watched page. */
public enum PageState implements Labelled {
    UNCHECKED("待检查", "Not checked yet"),
    INTACT("一致", "Intact"),
    CHANGED("内容不一致", "Content differs"),
    UNREACHABLE("无法访问", "Unreachable");

    private final Label label;

    PageState(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    public boolean isProblem() {
        return this == CHANGED || this == UNREACHABLE;
    }
}
