package org.minsheng.poll.api;

/** A free-text answer for staff (masked, without any link to its author or ballot). */
public record TextAnswerView(String id, int question, String text, String status, String statusZh, String statusEn,
                             long version) {
}
