package org.minsheng.digest.infrastructure;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.minsheng.shared.kafka.Topic;
import org.minsheng.shared.time.CityTime;

/**
 * The digest topology, a pure function of its input topic: counts received cases per day and
 * channel into the {@link #RECEIVED_BY_DAY_CHANNEL} store, keyed {@code 2026-11-30|LEADER_MAILBOX}.
 */
public final class DigestTopology {

    public static final String RECEIVED_BY_DAY_CHANNEL = "received-by-day-channel";

    private DigestTopology() {
    }

    public static Topology build(StreamsBuilder builder, Topic<String, JsonObject> caseEvents) {
        builder.stream(caseEvents.name(), Consumed.with(caseEvents.keySerde(), caseEvents.valueSerde()))
                .filter((key, event) -> event != null && "CaseReceived".equals(event.getString("type", "")))
                .selectKey((key, event) -> dayOf(event) + "|" + event.getJsonObject("data").getString("channel", "?"))
                .groupByKey(Grouped.with(Serdes.String(), caseEvents.valueSerde()))
                .count(Materialized.as(RECEIVED_BY_DAY_CHANNEL));
        return builder.build();
    }

    static String dayOf(JsonObject event) {
        return Instant.parse(event.getString("occurredAt")).atZone(CityTime.ZONE).toLocalDate().toString();
    }
}
