package org.minsheng.interview.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** A moderator rejected a question, with the reason. */
public record QuestionRejected(String interviewId, String questionId, String reason, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return interviewId;
    }

    @Override
    public EventStream stream() {
        return EventStream.INTERVIEWS;
    }
}
