package org.minsheng.interview.domain;

import java.time.Instant;

/** The interview went live. */
public record InterviewStarted(String interviewId, String title, Instant occurredAt) implements InterviewEvent {
}
