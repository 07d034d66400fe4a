package org.minsheng.interview.domain;

import java.time.Instant;

/** A moderator approved a question; it is shown as post {@code shownSequence}. */
public record QuestionApproved(String interviewId, String questionId, long shownSequence, Instant occurredAt) implements InterviewEvent {
}
