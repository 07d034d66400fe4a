package org.minsheng.guide.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The life events (人生事件) residents look for services by. */
public enum LifeEvent implements Labelled {
    BIRTH("生育", "Having a baby"),
    SCHOOL("入学", "Going to school"),
    JOB("就业", "Finding work"),
    HOUSING("住房", "Housing"),
    MARRIAGE("婚姻", "Marriage"),
    MEDICAL("医疗", "Health care"),
    RETIREMENT("退休养老", "Retirement"),
    BUSINESS("开办企业", "Starting a business"),
    TRAVEL("出行", "Getting around");

    private final Label label;

    LifeEvent(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
