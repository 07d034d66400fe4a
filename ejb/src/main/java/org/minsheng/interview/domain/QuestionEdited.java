package org.minsheng.interview.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** A moderator corrected a question's wording (the edit is kept). */
public record QuestionEdited(String interviewId, String questionId, String editor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return interviewId;
    }

    @Override
    public EventStream stream() {
        return EventStream.INTERVIEWS;
    }
}
