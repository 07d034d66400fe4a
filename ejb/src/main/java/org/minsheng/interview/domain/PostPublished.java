package org.minsheng.interview.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** A numbered post of the live stream was stored; every node fans it out to its viewers. */
public record PostPublished(String interviewId, long sequence, String kind, String authorName, String authorTitle, String body, String imageUrl, String imageAlt, String questionId, String askerName, Long answerTo, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return interviewId;
    }

    @Override
    public EventStream stream() {
        return EventStream.INTERVIEWS;
    }
}
