package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The resident's rating of an answer, five levels; the two lowest reopen the case. */
public enum Satisfaction implements Labelled {
    VERY_DISSATISFIED(1, "非常不满意", "Very dissatisfied"),
    DISSATISFIED(2, "不满意", "Dissatisfied"),
    FAIRLY_SATISFIED(3, "基本满意", "Fairly satisfied"),
    SATISFIED(4, "满意", "Satisfied"),
    VERY_SATISFIED(5, "非常满意", "Very satisfied");

    private final int score;
    private final Label label;

    Satisfaction(int score, String labelZh, String labelEn) {
        this.score = score;
        this.label = new Label(labelZh, labelEn);
    }

    public static Satisfaction ofScore(int score) {
        for (Satisfaction s : values()) {
            if (s.score == score) {
                return s;
            }
        }
        throw new IllegalArgumentException("score " + score);
    }

    public boolean isDissatisfied() {
        return score <= 2;
    }

    public int score() {
        return score;
    }

    @Override
    public Label label() {
        return label;
    }
}
