package org.minsheng.interview.domain;

import java.time.Instant;

/** A resident sent a question; it waits in the moderators' queue. */
public record QuestionAsked(String interviewId, String questionId, boolean held, Instant occurredAt) implements InterviewEvent {
}
