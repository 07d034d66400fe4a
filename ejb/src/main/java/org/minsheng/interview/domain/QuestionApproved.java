package org.minsheng.interview.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** A moderator approved a question; it is shown as post {@code shownSequence}. */
public record QuestionApproved(String interviewId, String questionId, long shownSequence, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return interviewId;
    }

    @Override
    public EventStream stream() {
        return EventStream.INTERVIEWS;
    }
}
