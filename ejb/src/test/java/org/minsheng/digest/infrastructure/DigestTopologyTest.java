package org.minsheng.digest.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseEvents;
import org.minsheng.shared.kafka.Topic;

class DigestTopologyTest {

    private static JsonObject event(String type, String caseId, String occurredAt, String channel) {
        return Json.createObjectBuilder().add("id", caseId + type).add("type", type).add("aggregateId", caseId)
                .add("occurredAt", occurredAt)
                .add("data", Json.createObjectBuilder().add("caseId", caseId).add("channel", channel)).build();
    }

    private static final Topic<String, JsonObject> CASE_EVENTS = Topic.of(CaseEvents.STREAM);

    @Test
    void countsReceivedCasesPerCityDayAndChannel() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "digest-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(
                DigestTopology.build(new StreamsBuilder(), CASE_EVENTS), config)) {
            TestInputTopic<String, JsonObject> input = driver.createInputTopic(CASE_EVENTS.name(),
                    CASE_EVENTS.keySerde().serializer(), CASE_EVENTS.valueSerde().serializer());
            Instant t = Instant.parse("2026-11-30T15:00:00Z");
            // 15:30 UTC is 23:30 in the city; 16:30 UTC is already the next day there.
            input.pipeInput("c1", event("CaseReceived", "c1", "2026-11-30T15:30:00Z", "LEADER_MAILBOX"), t);
            input.pipeInput("c2", event("CaseReceived", "c2", "2026-11-30T16:30:00Z", "LEADER_MAILBOX"), t);
            input.pipeInput("c3", event("CaseReceived", "c3", "2026-11-30T16:40:00Z", "LEADER_MAILBOX"), t);
            input.pipeInput("c4", event("CaseReceived", "c4", "2026-11-30T16:45:00Z", "MESSAGE_BOARD"), t);
            input.pipeInput("c1", event("CaseAnswered", "c1", "2026-12-01T01:00:00Z", "LEADER_MAILBOX"), t);

            KeyValueStore<String, Long> store = driver.getKeyValueStore(DigestTopology.RECEIVED_BY_DAY_CHANNEL);
            assertThat(store.get("2026-11-30|LEADER_MAILBOX")).isEqualTo(1L);
            assertThat(store.get("2026-12-01|LEADER_MAILBOX")).isEqualTo(2L);
            assertThat(store.get("2026-12-01|MESSAGE_BOARD")).isEqualTo(1L);
            int keys = 0;
            try (var all = store.all()) {
                while (all.hasNext()) {
                    all.next();
                    keys++;
                }
            }
            assertThat(keys).as("answers are not counted as received").isEqualTo(3);
        }
    }
}
