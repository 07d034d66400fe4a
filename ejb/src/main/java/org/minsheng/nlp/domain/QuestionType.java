package org.minsheng.nlp.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/**
 * The kinds of question a message asks, each with the words that ask it and what an answer to it
 * contains (a time for "when", a figure for "how much", a yes or no for "whether", a way for "how").
 */
public enum QuestionType implements Labelled {
    WHEN("何时", "When", "何时|什么时候|多久|多长时间|哪天|几时|时间表|进度",
            ReplyPatterns.TIME.pattern()),
    HOW_MUCH("多少", "How much", "多少|标准是|费用|金额|几[个元万]|比例",
            "\\d|[一二三四五六七八九十百千万两]+[元万%个]|百分之"),
    WHETHER("是否", "Whether", "能否|是否|可否|能不能|可不可以|有没有|[吗么][？?]",
            "可以|能够|不能|不可以|符合|不符合|享受|不予|无法|应当|应该|需要|不需要|允许|不允许|属于|不属于|没有|已经"),
    HOW("如何", "How", "如何|怎么办|怎样|怎么|流程|手续|去哪|哪里[办可]",
            "办理|申请|携带|提交|流程|步骤|前往|拨打|电话|窗口|网上|登录|联系|咨询");

    private final Label label;
    private final Pattern asks;
    private final Pattern answers;

    QuestionType(String zh, String en, String asks, String answers) {
        this.label = new Label(zh, en);
        this.asks = Pattern.compile(asks);
        this.answers = Pattern.compile(answers);
    }

    /** The kinds of question {@code message} asks; empty for a complaint or a suggestion. */
    public static Set<QuestionType> askedIn(String message) {
        Set<QuestionType> asked = EnumSet.noneOf(QuestionType.class);
        for (QuestionType type : values()) {
            if (type.asks.matcher(message).find()) {
                asked.add(type);
            }
        }
        return asked;
    }

    /** Whether {@code reply} contains what an answer of this kind contains. */
    public boolean answeredBy(String reply) {
        return answers.matcher(reply).find();
    }

    @Override
    public Label label() {
        return label;
    }
}
