package org.minsheng.nlp.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** What the reply-quality check can find wrong with a reply, with the points each one costs. */
public enum ReplyIssue implements Labelled {
    BOILERPLATE(30, "仅有套话，没有针对本件的内容", "Boilerplate only, nothing specific to this case"),
    KEYWORDS_NOT_COVERED(15, "未回应来信的主要内容", "Does not take up what the message is about"),
    PLACES_NOT_MENTIONED(10, "未提及来信所说的地点", "Does not mention the places the message names"),
    QUESTION_NOT_ANSWERED(10, "未回答来信所问", "Does not answer the kind of question asked"),
    NO_ACTION(10, "没有具体措施", "No concrete action"),
    NO_RESPONSIBLE_UNIT(5, "没有写明责任单位", "No responsible unit named"),
    NO_TIME(5, "没有时间或期限", "No time or deadline"),
    PERSONAL_DATA(20, "含有个人信息（电话、身份证号等）", "Exposes personal data (phone, ID number …)"),
    SENSITIVE_WORDS(20, "含有敏感词", "Contains sensitive words"),
    MUCH_SHORTER(15, "明显短于同类案件的答复", "Far shorter than replies to similar cases");

    private final int penalty;
    private final Label label;

    ReplyIssue(int penalty, String zh, String en) {
        this.penalty = penalty;
        this.label = new Label(zh, en);
    }

    /** Points taken from 100 when the issue is found. */
    public int penalty() {
        return penalty;
    }

    @Override
    public Label label() {
        return label;
    }
}
