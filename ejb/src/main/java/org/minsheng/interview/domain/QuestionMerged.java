package org.minsheng.interview.domain;

import java.time.Instant;

/** A question was folded into a similar one. */
public record QuestionMerged(String interviewId, String questionId, String mergedInto, Instant occurredAt) implements InterviewEvent {
}
