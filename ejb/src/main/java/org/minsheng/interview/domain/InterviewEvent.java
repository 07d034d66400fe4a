package org.minsheng.interview.domain;

import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** An event of one interview: keyed by the interview id on the interview-events stream. */
public interface InterviewEvent extends DomainEvent {

    /** The interview-events stream; every node's live feed reads it. */
    EventStream STREAM = new EventStream("minsheng.interview-events", 3);

    String interviewId();

    @Override
    default String aggregateId() {
        return interviewId();
    }

    @Override
    default EventStream stream() {
        return STREAM;
    }
}
