package org.minsheng.cases.domain;

import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** An event of one case: keyed by the case id on the case-events stream. */
public interface CaseEvent extends DomainEvent {

    /** The case-events stream; the digest reads it. */
    EventStream STREAM = new EventStream("minsheng.case-events", 3);

    String caseId();

    @Override
    default String aggregateId() {
        return caseId();
    }

    @Override
    default EventStream stream() {
        return STREAM;
    }
}
