package org.minsheng.cases.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

public record CaseReceived(String caseId, String trackingNumber, Channel channel, String title, Instant occurredAt)
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
