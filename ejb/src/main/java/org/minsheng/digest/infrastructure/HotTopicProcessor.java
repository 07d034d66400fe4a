package org.minsheng.digest.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.minsheng.digest.domain.AlertRule;
import org.minsheng.digest.domain.HotTopic;
import org.minsheng.digest.domain.TopicGrouping;
import org.minsheng.digest.domain.TopicMessage;
import org.minsheng.shared.kafka.JsonObjectSerde;

/**
 * Groups the analysed messages into topics (all in one task: grouping needs every topic) and
 * raises alerts. The topics live in the {@link DigestTopology#HOT_TOPICS} store; the processor
 * keeps a copy in memory, loaded from the store when its task starts, so each message is compared
 * with every topic without reading the store. Messages older than the retention (stream time) are
 * dropped from their topics once an hour. Alerts are stored and forwarded, keyed TOPIC|id or
 * DISTRICT|name.
 */
final class HotTopicProcessor implements ProcessorSupplier<String, JsonObject, String, JsonObject> {

    private final Duration retention;
    private final AlertRule rule;

    HotTopicProcessor(Duration retention, AlertRule rule) {
        this.retention = retention;
        this.rule = rule;
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DigestTopology.HOT_TOPICS),
                        Serdes.String(), JsonObjectSerde.create()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DigestTopology.DISTRICT_HOURS),
                        Serdes.String(), Serdes.Long()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DigestTopology.ALERTS),
                        Serdes.String(), JsonObjectSerde.create()));
    }

    @Override
    public Processor<String, JsonObject, String, JsonObject> get() {
        return new Processor<>() {
            private ProcessorContext<String, JsonObject> context;
            private KeyValueStore<String, JsonObject> topicStore;
            private KeyValueStore<String, Long> districtHours;
            private KeyValueStore<String, JsonObject> alerts;
            private final Map<String, HotTopic> topics = new LinkedHashMap<>();
            private Instant prunedAt = Instant.EPOCH;

            @Override
            public void init(ProcessorContext<String, JsonObject> context) {
                this.context = context;
                topicStore = context.getStateStore(DigestTopology.HOT_TOPICS);
                districtHours = context.getStateStore(DigestTopology.DISTRICT_HOURS);
                alerts = context.getStateStore(DigestTopology.ALERTS);
                try (KeyValueIterator<String, JsonObject> all = topicStore.all()) {
                    all.forEachRemaining(kv -> topics.put(kv.key, DigestJson.topic(kv.value)));
                }
            }

            @Override
            public void process(Record<String, JsonObject> record) {
                TopicMessage message = DigestJson.message(record.value());
                HotTopic topic = TopicGrouping.topicOf(message, topics.values())
                        .map(t -> t.with(message)).orElseGet(() -> HotTopic.startedBy(message));
                topics.put(topic.id(), topic);
                topicStore.put(topic.id(), DigestJson.topic(topic));
                topicAlert(topic, message.at());
                message.districts().forEach(d -> districtAlert(d, message.at()));
                pruneOlderThan(message.at().minus(retention));
            }

            private void topicAlert(HotTopic topic, Instant at) {
                Instant hourAgo = at.minus(Duration.ofHours(1));
                List<TopicMessage> lastHour = topic.between(hourAgo.plusMillis(1), at).stream()
                        .filter(m -> !m.repeat()).toList();
                long before = topic.between(hourAgo.minus(rule.baseline()), hourAgo).stream()
                        .filter(m -> !m.repeat()).count();
                if (rule.raises(lastHour.size(), before)) {
                    raise("TOPIC|" + topic.id(), "TOPIC", HotTopic.label(lastHour), lastHour.size(), before, at);
                }
            }

            private void districtAlert(String district, Instant at) {
                long hour = at.getEpochSecond() / 3600;
                String key = district + "|" + hour;
                Long now = districtHours.get(key);
                long lastHour = (now == null ? 0 : now) + 1;
                districtHours.put(key, lastHour);
                long baselineHours = rule.baseline().toHours();
                long before = 0;
                for (long h = hour - baselineHours; h < hour; h++) {
                    Long n = districtHours.get(district + "|" + h);
                    before += n == null ? 0 : n;
                }
                districtHours.delete(district + "|" + (hour - baselineHours - 1));
                if (rule.raises(lastHour, before)) {
                    raise("DISTRICT|" + district, "DISTRICT", district, lastHour, before, at);
                }
            }

            private void raise(String key, String kind, String label, long lastHour, long baseline, Instant at) {
                JsonObject earlier = alerts.get(key);
                Instant raisedAt = earlier != null
                        && Instant.parse(earlier.getString("lastAt")).isAfter(at.minus(Duration.ofHours(1)))
                        ? Instant.parse(earlier.getString("raisedAt")) : at;
                JsonObject alert = Json.createObjectBuilder().add("key", key).add("kind", kind)
                        .add("subject", key.substring(key.indexOf('|') + 1)).add("label", label)
                        .add("lastHour", lastHour).add("usualPerHour", rule.usualPerHour(baseline))
                        .add("major", rule.major(lastHour)).add("raisedAt", raisedAt.toString())
                        .add("lastAt", at.toString())
                        .add("firstResponseDue", raisedAt.plus(AlertRule.FIRST_RESPONSE).toString())
                        .add("answerDue", raisedAt.plus(rule.answerWithin(lastHour)).toString()).build();
                alerts.put(key, alert);
                context.forward(new Record<>(key, alert, at.toEpochMilli()));
            }

            private void pruneOlderThan(Instant oldest) {
                if (Duration.between(prunedAt, oldest).toHours() < 1) {
                    return;
                }
                prunedAt = oldest;
                for (String id : List.copyOf(topics.keySet())) {
                    HotTopic kept = topics.get(id).since(oldest);
                    if (kept == null) {
                        topics.remove(id);
                        topicStore.delete(id);
                    } else if (kept != topics.get(id)) {
                        topics.put(id, kept);
                        topicStore.put(id, DigestJson.topic(kept));
                    }
                }
                try (KeyValueIterator<String, JsonObject> all = alerts.all()) {
                    List<String> old = new java.util.ArrayList<>();
                    all.forEachRemaining(kv -> {
                        if (Instant.parse(kv.value.getString("lastAt")).isBefore(oldest)) {
                            old.add(kv.key);
                        }
                    });
                    old.forEach(alerts::delete);
                }
            }
        };
    }
}
