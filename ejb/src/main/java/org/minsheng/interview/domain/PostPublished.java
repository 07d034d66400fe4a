package org.minsheng.interview.domain;

import java.time.Instant;

/** A numbered post of the live stream was stored; every node fans it out to its viewers. */
public record PostPublished(String interviewId, long sequence, String kind, String authorName, String authorTitle, String body, String imageUrl, String imageAlt, String questionId, String askerName, Long answerTo, Instant occurredAt) implements InterviewEvent {
}
