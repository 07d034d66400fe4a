package org.minsheng.shared.events;

/** The event streams of the platform; each maps to one Kafka topic. */
public enum EventStream {
    CASES,
    INTERVIEWS
}
