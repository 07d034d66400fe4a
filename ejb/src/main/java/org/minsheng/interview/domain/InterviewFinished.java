package org.minsheng.interview.domain;

import java.time.Instant;

/** The interview ended; unanswered approved questions were referred as cases. */
public record InterviewFinished(String interviewId, int referredQuestions, Instant occurredAt) implements InterviewEvent {
}
