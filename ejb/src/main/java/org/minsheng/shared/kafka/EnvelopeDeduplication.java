package org.minsheng.shared.kafka;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Lets each outbox event through once, recognised by its envelope id. The relay delivers at least
 * once (a crash between sending a row and marking it sent sends it again), so a topology that
 * counts must drop the repeats. Ids are remembered in a window store for {@code retention} of
 * stream time (the record timestamps of the partition, i.e. when the relay sent them): a repeat
 * sent within that time of the first copy is dropped; one sent later passes. (The store expires
 * whole segments, so it holds an id for one to one and a half times the retention.)
 *
 * <p>Use it where records are still keyed by aggregate id as the relay sent them, so that every
 * copy of an event reaches the same partition, task and store.
 */
public final class EnvelopeDeduplication implements FixedKeyProcessorSupplier<String, JsonObject, JsonObject> {

    private final String storeName;
    private final Duration retention;

    private EnvelopeDeduplication(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    /** Drops repeats seen within {@code retention}, remembering ids in the store {@code storeName}. */
    public static EnvelopeDeduplication remembering(String storeName, Duration retention) {
        return new EnvelopeDeduplication(storeName, retention);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(storeName, retention, retention, false), Serdes.String(), Serdes.Long()));
    }

    @Override
    public FixedKeyProcessor<String, JsonObject, JsonObject> get() {
        return new FixedKeyProcessor<>() {

            private FixedKeyProcessorContext<String, JsonObject> context;
            private WindowStore<String, Long> seen;

            @Override
            public void init(FixedKeyProcessorContext<String, JsonObject> context) {
                this.context = context;
                this.seen = context.getStateStore(storeName);
            }

            @Override
            public void process(FixedKeyRecord<String, JsonObject> record) {
                String id = record.value() == null ? null : record.value().getString("id", null);
                if (id == null) {
                    context.forward(record); // not an outbox envelope: nothing to recognise it by
                    return;
                }
                long at = record.timestamp();
                long window = retention.toMillis();
                try (WindowStoreIterator<Long> earlier = seen.fetch(id, Math.max(0, at - window), at + window)) {
                    if (earlier.hasNext()) {
                        return;
                    }
                }
                seen.put(id, at, at);
                context.forward(record);
            }
        };
    }
}
