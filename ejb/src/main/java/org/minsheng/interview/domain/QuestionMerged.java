package org.minsheng.interview.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** A question was folded into a similar one. */
public record QuestionMerged(String interviewId, String questionId, String mergedInto, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return interviewId;
    }

    @Override
    public EventStream stream() {
        return EventStream.INTERVIEWS;
    }
}
