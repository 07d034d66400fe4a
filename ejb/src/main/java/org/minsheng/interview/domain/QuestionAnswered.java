package org.minsheng.interview.domain;

import java.time.Instant;

/** A guest answered a question on air. */
public record QuestionAnswered(String interviewId, String questionId, long answerSequence, Instant occurredAt) implements InterviewEvent {
}
