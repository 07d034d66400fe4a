package org.minsheng.poll.api;

import java.util.List;

/** A question as shown on the poll's form; options are numbered from 1 in this order. */
public record QuestionView(int number, String kind, String kindZh, String kindEn, String text, boolean required,
                           int maxChoices, List<String> options) {
}
