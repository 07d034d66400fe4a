package org.minsheng.interview.api;

/** What a resident learns after asking: the question waits for moderation. */
public record AskReceipt(String questionId, String status, boolean held) {
}
