package org.minsheng.it;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The leaders' digest against a recount of the database: received cases per city day and channel,
 * keyed as the digest keys them ({@code 2026-12-07|LEADER_MAILBOX}).
 */
final class DigestCheck {

    static final String APPLICATION_ID = "minsheng-digest";
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private DigestCheck() {
    }

    /** The digest, waiting while it is not available (starting, rebalancing); null if it stays so. */
    static Map<String, Long> awaitDigest(Api leader) {
        AtomicReference<Map<String, Long>> digest = new AtomicReference<>();
        Await.until(Duration.ofSeconds(90), () -> {
            digest.set(digest(leader));
            return digest.get() != null;
        });
        return digest.get();
    }

    /** The digest as the leader reads it, or null while it is not available. */
    static Map<String, Long> digest(Api leader) {
        Api.Reply reply = leader.get("/api/digest/received");
        if (reply.status() != 200) {
            return null;
        }
        Map<String, Long> counts = new TreeMap<>();
        reply.array().stream().map(JsonObject.class::cast).forEach(c -> counts.merge(
                c.getString("day") + "|" + c.getString("channel"), c.getJsonNumber("count").longValue(), Long::sum));
        return counts;
    }

    /** Every stored case, counted by the city day it was received and its channel. */
    static Map<String, Long> recount(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select received_at, channel from case_file")) {
            while (rows.next()) {
                String day = rows.getObject(1, OffsetDateTime.class).atZoneSameInstant(CITY).toLocalDate().toString();
                counts.merge(day + "|" + rows.getString(2), 1L, Long::sum);
            }
        }
        return counts;
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Whether the digest application has processed and committed everything on the broker: for
     * every partition of the case topic and of the application's repartition topics, its committed
     * offset reached the end (read-committed). Ask after the outbox is empty, and the digest then
     * holds every event the database sent.
     */
    static boolean caughtUp(String bootstrap, String caseTopic) {
        return lag(bootstrap, caseTopic).isEmpty();
    }

    /**
     * The partitions whose end the digest application has not committed yet, as
     * {@code topic-partition committed/end}; a failure to ask counts as lag.
     */
    static List<String> lag(String bootstrap, String caseTopic) {
        // The API timeout may not be shorter than the request timeout: the client refuses to start.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.equals(caseTopic) || t.startsWith(APPLICATION_ID + "-") && t.endsWith("-repartition"))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> partitions.put(new TopicPartition(topic.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            if (partitions.isEmpty()) {
                return List.of("no topic " + caseTopic);
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(APPLICATION_ID)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            var ends = admin.listOffsets(partitions, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all().get(10, TimeUnit.SECONDS);
            return ends.entrySet().stream().filter(end -> {
                OffsetAndMetadata done = committed.get(end.getKey());
                return end.getValue().offset() > 0 && (done == null || done.offset() < end.getValue().offset());
            }).map(end -> end.getKey() + " " + (committed.get(end.getKey()) == null ? "-"
                    : committed.get(end.getKey()).offset()) + "/" + end.getValue().offset()).sorted().toList();
        } catch (Exception e) {
            return List.of(e.toString());
        }
    }

    /** The keys whose counts differ, for a readable failure. */
    static List<String> differences(Map<String, Long> digest, Map<String, Long> recount) {
        Set<String> keys = new TreeSet<>(digest.keySet());
        keys.addAll(recount.keySet());
        return keys.stream().filter(k -> !digest.getOrDefault(k, 0L).equals(recount.getOrDefault(k, 0L)))
                .map(k -> k + " digest " + digest.getOrDefault(k, 0L) + " stored " + recount.getOrDefault(k, 0L))
                .toList();
    }
}
