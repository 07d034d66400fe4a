package org.minsheng.poll.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** What a question asks for. */
public enum QuestionKind implements Labelled {
    SINGLE("单选", "Single choice"),
    MULTIPLE("多选", "Multiple choice"),
    RATING("评分（1–5）", "Rating (1–5)"),
    RANKING("排序", "Ranking"),
    TEXT("文字回答", "Free text");

    private final Label label;

    QuestionKind(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
