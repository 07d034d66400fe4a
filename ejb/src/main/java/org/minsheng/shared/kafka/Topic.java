package org.minsheng.shared.kafka;

import jakarta.json.JsonObject;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.minsheng.shared.events.EventStream;

/** A Kafka topic declared once, with the serdes of its keys and values. */
public record Topic<K, V>(String name, int partitions, Serde<K> keySerde, Serde<V> valueSerde) {

    /** The topic of an event stream: keyed by aggregate id, the outbox's JSON envelopes as values. */
    public static Topic<String, JsonObject> of(EventStream stream) {
        return new Topic<>(stream.topic(), stream.partitions(), Serdes.String(), JsonObjectSerde.create());
    }
}
