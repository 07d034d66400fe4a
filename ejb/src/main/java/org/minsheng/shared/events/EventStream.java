package org.minsheng.shared.events;

/**
 * A stream of one feature's domain events, carried by one Kafka topic and keyed by aggregate id.
 * Each feature declares its own stream next to its events and offers it as a CDI bean, so the
 * platform can create every topic without knowing the features.
 */
public record EventStream(String topic, int partitions) {
}
