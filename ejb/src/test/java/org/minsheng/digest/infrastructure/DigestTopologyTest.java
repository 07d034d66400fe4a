package org.minsheng.digest.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class DigestTopologyTest {

    private static JsonObject event(String type, String caseId, String occurredAt, String channel) {
        return Json.createObjectBuilder().add("id", caseId + type).add("type", type).add("aggregateId", caseId)
                .add("occurredAt", occurredAt)
                .add("data", Json.createObjectBuilder().add("caseId", caseId).add("channel", channel)).build();
    }

    private static TopologyTestDriver driver() {
        return DigestEvents.driver();
    }

    private static TestInputTopic<String, JsonObject> input(TopologyTestDriver driver) {
        return DigestEvents.input(driver);
    }

    @Test
    void countsReceivedCasesPerCityDayAndChannel() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, JsonObject> input = input(driver);
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

    @Test
    void anEventSentAgainIsCountedOnce() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, JsonObject> input = input(driver);
            Instant sent = Instant.parse("2026-11-30T02:00:00Z");
            JsonObject c1 = event("CaseReceived", "c1", "2026-11-30T01:59:00Z", "LEADER_MAILBOX");
            JsonObject c2 = event("CaseReceived", "c2", "2026-11-30T01:59:30Z", "LEADER_MAILBOX");
            input.pipeInput("c1", c1, sent);
            input.pipeInput("c2", c2, sent);
            // The relay died before marking the rows sent: the next run sends both again, c1 twice.
            input.pipeInput("c1", c1, sent.plusSeconds(40));
            input.pipeInput("c2", c2, sent.plusSeconds(40));
            input.pipeInput("c1", c1, sent.plus(Duration.ofHours(60)));
            // Another case's event, even one equal in every field but its id, is a case of its own.
            input.pipeInput("c3", event("CaseReceived", "c3", "2026-11-30T01:59:30Z", "LEADER_MAILBOX"),
                    sent.plusSeconds(41));

            KeyValueStore<String, Long> store = driver.getKeyValueStore(DigestTopology.RECEIVED_BY_DAY_CHANNEL);
            assertThat(store.get("2026-11-30|LEADER_MAILBOX")).isEqualTo(3L);
        }
    }

    @Test
    void aRepeatIsRecognisedForAWeekOfSendingTime() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, JsonObject> input = input(driver);
            Instant sent = Instant.parse("2026-11-30T02:00:00Z");
            JsonObject c1 = event("CaseReceived", "c1", "2026-11-30T01:59:00Z", "MESSAGE_BOARD");
            input.pipeInput("c1", c1, sent);
            Instant lastRecognised = sent.plus(DigestTopology.REPEATS_RECOGNISED_WITHIN).minusSeconds(1);
            input.pipeInput("c1", c1, lastRecognised);
            KeyValueStore<String, Long> store = driver.getKeyValueStore(DigestTopology.RECEIVED_BY_DAY_CHANNEL);
            assertThat(store.get("2026-11-30|MESSAGE_BOARD")).isEqualTo(1L);

            // The documented bound: a copy sent more than the window after the first counts again.
            Instant muchLater = sent.plus(DigestTopology.REPEATS_RECOGNISED_WITHIN.multipliedBy(2));
            input.pipeInput("c9", event("CaseReceived", "c9", "2026-12-14T01:00:00Z", "MESSAGE_BOARD"), muchLater);
            input.pipeInput("c1", c1, muchLater);
            assertThat(store.get("2026-11-30|MESSAGE_BOARD")).as("a repeat after the window counts again").isEqualTo(2L);
        }
    }

    @Test
    void eventsWithoutAnIdAreStillCounted() {
        try (TopologyTestDriver driver = driver()) {
            JsonObject noId = Json.createObjectBuilder().add("type", "CaseReceived").add("aggregateId", "c1")
                    .add("occurredAt", "2026-11-30T01:00:00Z")
                    .add("data", Json.createObjectBuilder().add("channel", "CONSULTATION")).build();
            input(driver).pipeInput("c1", noId, Instant.parse("2026-11-30T01:00:01Z"));
            assertThat(driver.<String, Long>getKeyValueStore(DigestTopology.RECEIVED_BY_DAY_CHANNEL)
                    .get("2026-11-30|CONSULTATION")).isEqualTo(1L);
        }
    }
}
