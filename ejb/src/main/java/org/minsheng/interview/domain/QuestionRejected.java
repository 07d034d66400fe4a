package org.minsheng.interview.domain;

import java.time.Instant;

/** A moderator rejected a question, with the reason. */
public record QuestionRejected(String interviewId, String questionId, String reason, Instant occurredAt) implements InterviewEvent {
}
