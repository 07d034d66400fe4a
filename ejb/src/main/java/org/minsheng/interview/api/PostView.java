package org.minsheng.interview.api;

import java.time.Instant;

/**
 * One numbered post of the live stream: {@code kind} HOST, GUEST, QUESTION (an approved question,
 * with {@code askerName}), ANSWER ({@code answerTo} is the question post's number) or NOTICE.
 */
public record PostView(String interviewId, long sequence, String kind, String authorName, String authorTitle,
                       String body, String imageUrl, String imageAlt, String questionId, String askerName, Long answerTo,
                       Instant postedAt) {
}
