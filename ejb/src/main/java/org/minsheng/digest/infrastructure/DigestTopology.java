package org.minsheng.digest.infrastructure;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.minsheng.shared.kafka.EnvelopeDeduplication;
import org.minsheng.shared.kafka.Topic;
import org.minsheng.shared.time.CityTime;

/**
 * The digest topology, a pure function of its input topic: counts received cases per day and
 * channel into the {@link #RECEIVED_BY_DAY_CHANNEL} store, keyed {@code 2026-11-30|LEADER_MAILBOX}.
 * Each event counts once: repeats of an envelope id (the outbox relay delivers at least once) are
 * dropped before counting, as long as they arrive within {@link #REPEATS_RECOGNISED_WITHIN}.
 */
public final class DigestTopology {

    public static final String RECEIVED_BY_DAY_CHANNEL = "received-by-day-channel";
    /** The ids of the received-case events already counted. */
    public static final String COUNTED_EVENT_IDS = "counted-event-ids";
    /**
     * How long a counted event's id is remembered (stream time, i.e. the relay's send times): a
     * repeat comes when the relay sends a row again after a crash, so within the time the node
     * needs to come back; a week covers that with room to spare.
     */
    public static final Duration REPEATS_RECOGNISED_WITHIN = Duration.ofDays(7);

    private DigestTopology() {
    }

    public static Topology build(StreamsBuilder builder, Topic<String, JsonObject> caseEvents) {
        builder.stream(caseEvents.name(), Consumed.with(caseEvents.keySerde(), caseEvents.valueSerde()))
                .filter((key, event) -> event != null && "CaseReceived".equals(event.getString("type", "")))
                // Still keyed by case id here, so every copy of an event meets the same store.
                .processValues(EnvelopeDeduplication.remembering(COUNTED_EVENT_IDS, REPEATS_RECOGNISED_WITHIN),
                        Named.as("drop-repeated-events"))
                .selectKey((key, event) -> dayOf(event) + "|" + event.getJsonObject("data").getString("channel", "?"))
                .groupByKey(Grouped.with(Serdes.String(), caseEvents.valueSerde()))
                .count(Materialized.as(RECEIVED_BY_DAY_CHANNEL));
        return builder.build();
    }

    static String dayOf(JsonObject event) {
        return Instant.parse(event.getString("occurredAt")).atZone(CityTime.ZONE).toLocalDate().toString();
    }
}
