package org.minsheng.nlp.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The kinds of entries in the sensitive-word lexicon; any hit holds a text for review alike. */
public enum SensitiveWordCategory implements Labelled {
    INSULT("辱骂", "Insults"),
    VIOLENCE("暴力威胁", "Violence and threats"),
    SPAM("广告与垃圾信息", "Ads and spam"),
    POLITICAL("政治敏感", "Political sensitivity"),
    OTHER("其他", "Other");

    private final Label label;

    SensitiveWordCategory(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
