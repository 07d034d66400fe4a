package org.minsheng.cases.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

public record CaseDispatched(String caseId, String departmentCode, String dispatchedBy, String reason, Instant occurredAt)
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
