package org.minsheng.cases.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

public record CaseAnswered(String caseId, String departmentCode, boolean published, long minutesTaken, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }

    @Override
    public EventStream stream() {
        return EventStream.CASES;
    }
}
