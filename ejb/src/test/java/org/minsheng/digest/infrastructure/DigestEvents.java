package org.minsheng.digest.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.minsheng.cases.api.CaseEvents;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.infrastructure.TextInsightsFactory;
import org.minsheng.shared.kafka.Topic;

/** Case-event envelopes as the outbox writes them, and a test driver on the digest topology. */
final class DigestEvents {

    static final Topic<String, JsonObject> CASE_EVENTS = Topic.of(CaseEvents.STREAM);
    /** HanLP loads once for all the digest's tests. */
    static final TextInsightsFacade INSIGHTS = TextInsightsFactory.createDefault();

    private DigestEvents() {
    }

    static TopologyTestDriver driver() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "digest-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return new TopologyTestDriver(DigestTopology.build(new StreamsBuilder(), CASE_EVENTS, INSIGHTS), config);
    }

    static TestInputTopic<String, JsonObject> input(TopologyTestDriver driver) {
        return driver.createInputTopic(CASE_EVENTS.name(),
                CASE_EVENTS.keySerde().serializer(), CASE_EVENTS.valueSerde().serializer());
    }

    static JsonObject event(String type, String caseId, String occurredAt, JsonObjectBuilder data) {
        return Json.createObjectBuilder().add("id", caseId + "-" + type + "-" + occurredAt).add("type", type)
                .add("aggregateId", caseId).add("occurredAt", occurredAt).add("data", data.add("caseId", caseId)).build();
    }

    static JsonObject received(String caseId, String at, String channel, String resident, String title, String body) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("channel", channel).add("title", title).add("body", body)
                .add("category", "城乡建设");
        if (resident != null) {
            data.add("residentKey", resident);
        }
        return event("CaseReceived", caseId, at, data);
    }

    static void send(TestInputTopic<String, JsonObject> input, JsonObject event) {
        input.pipeInput(event.getString("aggregateId"), event, Instant.parse(event.getString("occurredAt")));
    }
}
