package org.minsheng.digest.infrastructure;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.minsheng.digest.domain.AlertRule;
import org.minsheng.digest.domain.CaseFacts;
import org.minsheng.digest.domain.DepartmentTally;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.shared.kafka.EnvelopeDeduplication;
import org.minsheng.shared.kafka.JsonObjectSerde;
import org.minsheng.shared.kafka.Topic;
import org.minsheng.shared.time.CityTime;

/**
 * The digest topology, a pure function of its input topic and the text analysis. Every event
 * passes {@link EnvelopeDeduplication} first (the outbox relay delivers at least once), while
 * still keyed by case id, so that each aggregate below counts each event once:
 * <ul>
 * <li>{@link #RECEIVED_BY_DAY_CHANNEL}: received cases per day and channel, {@code 2026-11-30|LEADER_MAILBOX};
 * <li>{@link #TRENDS}: received messages per day by channel, category and district,
 * {@code district|武陵区|2026-11-30} (reports left out);
 * <li>{@link #CASE_FACTS} per case, and from it {@link #SCORECARDS} per department and
 * {@link #DEPARTMENT_TRENDS} per department and day of receipt (reports left out);
 * <li>{@link #HOT_TOPICS} and {@link #ALERTS}, see {@link HotTopicProcessor}; all messages meet in
 * one partition of the repartition topic {@code topics-in-one-place}.
 * </ul>
 */
public final class DigestTopology {

    public static final String RECEIVED_BY_DAY_CHANNEL = "received-by-day-channel";
    /** The ids of the events already counted. */
    public static final String COUNTED_EVENT_IDS = "counted-event-ids";
    public static final String TRENDS = "trends-by-day";
    public static final String CASE_FACTS = "case-facts";
    public static final String SCORECARDS = "department-scorecards";
    public static final String DEPARTMENT_TRENDS = "department-trends-by-day";
    public static final String HOT_TOPICS = "hot-topics";
    public static final String DISTRICT_HOURS = "district-hours";
    public static final String ALERTS = "digest-alerts";
    /** The one key every analysed message is grouped under for the hot topics. */
    public static final String CITY = "city";
    /**
     * How long a counted event's id is remembered (stream time, i.e. the relay's send times): a
     * repeat comes when the relay sends a row again after a crash, so within the time the node
     * needs to come back; a week covers that with room to spare.
     */
    public static final Duration REPEATS_RECOGNISED_WITHIN = Duration.ofDays(7);
    /** Hot topics keep their messages of the longest window, 30 days, and a day more. */
    public static final Duration TOPIC_RETENTION = Duration.ofDays(31);

    private static final Set<String> CASE_STEPS = Set.of("CaseReceived", "CaseDispatched", "CaseReturned",
            "CaseAnswered", "FeedbackGiven", "CaseReopened", "CaseClosed");

    private DigestTopology() {
    }

    public static Topology build(StreamsBuilder builder, Topic<String, JsonObject> caseEvents,
            TextInsightsFacade insights) {
        return build(builder, caseEvents, insights, TOPIC_RETENTION, AlertRule.defaults());
    }

    public static Topology build(StreamsBuilder builder, Topic<String, JsonObject> caseEvents,
            TextInsightsFacade insights, Duration topicRetention, AlertRule alertRule) {
        var json = JsonObjectSerde.create();
        KStream<String, JsonObject> events = builder
                .stream(caseEvents.name(), Consumed.with(caseEvents.keySerde(), caseEvents.valueSerde()))
                .filter((key, event) -> event != null && CASE_STEPS.contains(event.getString("type", "")))
                // Still keyed by case id here, so every copy of an event meets the same store.
                .processValues(EnvelopeDeduplication.remembering(COUNTED_EVENT_IDS, REPEATS_RECOGNISED_WITHIN),
                        Named.as("drop-repeated-events"));

        KStream<String, JsonObject> received = events.filter((key, event) -> isType(event, "CaseReceived"));
        received.selectKey((key, event) -> dayOf(event) + "|" + data(event).getString("channel", "?"))
                .groupByKey(Grouped.with("received-by-day-channel", Serdes.String(), json))
                .count(Materialized.as(RECEIVED_BY_DAY_CHANNEL));

        KStream<String, JsonObject> analysed = received
                .filter((key, event) -> !"REPORT_MAILBOX".equals(data(event).getString("channel", "")))
                .mapValues(event -> MessageAnalysis.analyse(event, insights), Named.as("analyse-message"));

        analysed.flatMap((key, message) -> trendKeys(message), Named.as("trend-keys"))
                .groupByKey(Grouped.with("trends", Serdes.String(), json))
                .count(Materialized.as(TRENDS));

        analysed.selectKey((key, message) -> CITY, Named.as("all-in-one-place"))
                .repartition(Repartitioned.with(Serdes.String(), json).withName("topics-in-one-place")
                        .withNumberOfPartitions(1))
                .process(new HotTopicProcessor(topicRetention, alertRule), Named.as("group-topics"));

        var facts = events.groupByKey(Grouped.with("case-facts", Serdes.String(), json))
                .aggregate(() -> DigestJson.facts(CaseFacts.NEW),
                        (caseId, event, state) -> DigestJson.facts(fold(DigestJson.facts(state), event)),
                        Materialized.<String, JsonObject, KeyValueStore<Bytes, byte[]>>as(CASE_FACTS)
                                .withKeySerde(Serdes.String()).withValueSerde(json))
                .filter((caseId, state) -> DigestJson.facts(state).counted(), Named.as("counted-cases"));
        facts.groupBy((caseId, state) -> KeyValue.pair(DigestJson.facts(state).department(), state),
                        Grouped.with("scorecards", Serdes.String(), json))
                .aggregate(() -> DigestJson.tally(DepartmentTally.empty()),
                        (department, state, tally) -> DigestJson.tally(DigestJson.tally(tally).plus(DigestJson.facts(state))),
                        (department, state, tally) -> DigestJson.tally(DigestJson.tally(tally).minus(DigestJson.facts(state))),
                        Materialized.<String, JsonObject, KeyValueStore<Bytes, byte[]>>as(SCORECARDS)
                                .withKeySerde(Serdes.String()).withValueSerde(json));
        facts.groupBy((caseId, state) -> KeyValue.pair("department|" + DigestJson.facts(state).department() + "|"
                        + DigestJson.facts(state).receivedDay(), state),
                        Grouped.with("department-trends", Serdes.String(), json))
                .count(Materialized.as(DEPARTMENT_TRENDS));
        return builder.build();
    }

    /** One case's facts after {@code event}. */
    static CaseFacts fold(CaseFacts facts, JsonObject event) {
        JsonObject data = data(event);
        String department = data.getString("departmentCode", null);
        return switch (event.getString("type")) {
            case "CaseReceived" -> facts.received(dayOf(event), "REPORT_MAILBOX".equals(data.getString("channel", "")));
            case "CaseDispatched" -> facts.dispatchedTo(department);
            case "CaseReturned" -> facts.returnedByDepartment();
            case "CaseAnswered" -> facts.answered(department, data.getInt("workingDaysTaken", 0),
                    data.getBoolean("onTime", true));
            case "FeedbackGiven" -> facts.rated(data.getInt("score", 0), data.getBoolean("reopened", false));
            case "CaseReopened" -> facts.reopen();
            case "CaseClosed" -> facts.close();
            default -> facts;
        };
    }

    private static List<KeyValue<String, JsonObject>> trendKeys(JsonObject message) {
        String day = Instant.parse(message.getString("at")).atZone(CityTime.ZONE).toLocalDate().toString();
        List<KeyValue<String, JsonObject>> keys = new ArrayList<>();
        keys.add(KeyValue.pair("channel|" + message.getString("channel", "?") + "|" + day, message));
        String category = message.getString("category", "");
        keys.add(KeyValue.pair("category|" + (category.isBlank() ? "未分类" : category) + "|" + day, message));
        DigestJson.strings(message, "districts")
                .forEach(d -> keys.add(KeyValue.pair("district|" + d + "|" + day, message)));
        return keys;
    }

    private static boolean isType(JsonObject event, String type) {
        return type.equals(event.getString("type", ""));
    }

    private static JsonObject data(JsonObject event) {
        JsonObject data = event.getJsonObject("data");
        return data == null ? JsonValue.EMPTY_JSON_OBJECT : data;
    }

    static String dayOf(JsonObject event) {
        return Instant.parse(event.getString("occurredAt")).atZone(CityTime.ZONE).toLocalDate().toString();
    }
}
