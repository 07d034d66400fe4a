package org.minsheng.shared.events;

import java.time.Instant;

/**
 * Something that happened, named in the past tense. Application services fire events with CDI;
 * the outbox stores them in the same transaction and relays them to Kafka.
 */
public interface DomainEvent {

    /** The case, interview, poll … the event belongs to; the Kafka record key. */
    String aggregateId();

    Instant occurredAt();

    /** Which event stream carries it: the stream its feature declares (one Kafka topic per stream). */
    EventStream stream();
}
