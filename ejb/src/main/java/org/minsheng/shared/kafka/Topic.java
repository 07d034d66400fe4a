package org.minsheng.shared.kafka;

import org.apache.kafka.common.serialization.Serde;

/** A Kafka topic declared once, with the serdes of its keys and values. */
public record Topic<K, V>(String name, int partitions, Serde<K> keySerde, Serde<V> valueSerde) {
}
