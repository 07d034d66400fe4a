package org.minsheng.interview.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** An approved question not answered on air became a case for the department. */
public record QuestionReferred(String interviewId, String questionId, String trackingNumber, String departmentCode, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return interviewId;
    }

    @Override
    public EventStream stream() {
        return EventStream.INTERVIEWS;
    }
}
