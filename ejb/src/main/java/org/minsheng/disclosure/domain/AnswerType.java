package org.minsheng.disclosure.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The statutory kinds of answer (条例 第三十六条). */
public enum AnswerType implements Labelled {
    ALREADY_PUBLIC("已主动公开", "Already public"),
    PROVIDED("予以公开", "Provided"),
    PARTLY_PROVIDED("部分公开", "Partly provided"),
    NOT_PROVIDED("不予公开", "Not provided"),
    DOES_NOT_EXIST("信息不存在", "Does not exist"),
    OTHER_BODY("非本机关负责公开", "Another body's information"),
    REPEATED("重复申请", "Repeated application"),
    NOT_AN_INFORMATION_REQUEST("不属于政府信息公开申请", "Not an information request");

    private final Label label;

    AnswerType(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Not provided, wholly or partly: the letter names the legal reason. */
    public boolean needsReason() {
        return this == NOT_PROVIDED || this == PARTLY_PROVIDED;
    }
}
