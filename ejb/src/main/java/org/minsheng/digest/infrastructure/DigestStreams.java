package org.minsheng.digest.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.minsheng.cases.api.CaseEvents;
import org.minsheng.digest.api.DigestAlert;
import org.minsheng.digest.api.ReceivedCount;
import org.minsheng.digest.domain.DepartmentTally;
import org.minsheng.digest.domain.HotTopic;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.digest.application.DigestStore;
import org.minsheng.shared.kafka.KafkaSettings;
import org.minsheng.shared.kafka.Topic;
import org.minsheng.shared.kafka.TopicCreator;

/**
 * Runs the digest topology for the life of the application. Kafka being down at start is fine:
 * the streams client keeps retrying and the digest answers "not ready" meanwhile. Exactly once:
 * the counts, the ids already counted and the input offsets commit in one Kafka transaction, so a
 * killed node neither loses nor repeats a count, and the topology drops repeated envelopes.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DigestStreams implements DigestStore {

    private static final Logger LOG = Logger.getLogger(DigestStreams.class.getName());
    /** Shutdown never waits longer on a broker that is gone. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    KafkaSettings settings;

    @Inject
    TopicCreator topics;

    @Inject
    TextInsightsFacade insights;

    @Resource
    ManagedScheduledExecutorService executor;

    private volatile KafkaStreams streams;
    private volatile boolean stopped;

    @PostConstruct
    void start() {
        // Topic creation waits for the broker; deployment must not.
        executor.submit(this::createTopicsAndRun);
    }

    private void createTopicsAndRun() {
        if (stopped) {
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            // E.g. the state folder still locked by the previous deployment while it shuts down.
            LOG.warning("Digest topology could not start (" + e.getMessage() + "); retrying in 5 s");
            executor.schedule(this::createTopicsAndRun, 5, TimeUnit.SECONDS);
        }
    }

    private void run() {
        if (stopped) {
            return;
        }
        // Outside the lock: stop() must not wait for a broker that does not answer.
        topics.ensureEventStreams();
        synchronized (this) {
            if (stopped || streams != null) {
                return;
            }
            KafkaStreams created = new KafkaStreams(
                    DigestTopology.build(new StreamsBuilder(), Topic.of(CaseEvents.STREAM), insights), config());
            created.setUncaughtExceptionHandler(e -> {
                if (e instanceof MissingSourceTopicException || e.getCause() instanceof MissingSourceTopicException) {
                    // The broker did not answer in time when the topics were created at start: try again.
                    executor.submit(topics::ensureEventStreams);
                }
                LOG.severe("Digest stream thread failed, replacing it: " + e);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            try {
                created.start();
            } catch (RuntimeException e) {
                created.close(CLOSE_TIMEOUT);
                throw e;
            }
            streams = created;
        }
        LOG.info(() -> "Digest topology started against " + settings.bootstrapServers());
    }

    Properties config() {
        Properties config = new Properties();
        config.putAll(settings.common());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "minsheng-digest");
        config.put(StreamsConfig.STATE_DIR_CONFIG, settings.streamsStateDir());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500);
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        // Kafka warns without it; the constant is deprecated only because 5.0 makes this the default.
        config.put("processing.exception.handler.global.enabled", true);
        // A killed node's partitions are handed on after 10 s instead of Kafka's 45 s.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        return config;
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (streams != null) {
            // Leaving the group hands the partitions over at once, without waiting for the session timeout.
            if (!streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP))) {
                LOG.warning("Digest topology did not close within " + CLOSE_TIMEOUT.toSeconds() + " s");
            }
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null && streams.state() == KafkaStreams.State.RUNNING;
    }

    @Override
    public String state() {
        return streams == null ? "NOT_STARTED" : streams.state().name();
    }

    /** Counts per day and channel from the local store; empty while the topology is not running. */
    @Override
    public Optional<List<ReceivedCount>> receivedByDayChannel() {
        return this.<Long>all(DigestTopology.RECEIVED_BY_DAY_CHANNEL).map(counts -> counts.entrySet().stream()
                .map(e -> {
                    String[] key = e.getKey().split("\\|", 2);
                    return new ReceivedCount(key[0], key.length > 1 ? key[1] : "?", e.getValue());
                }).toList());
    }

    @Override
    public Optional<Collection<HotTopic>> hotTopics() {
        return this.<JsonObject>all(DigestTopology.HOT_TOPICS)
                .map(topics -> topics.values().stream().map(DigestJson::topic).toList());
    }

    @Override
    public Optional<Map<String, Long>> dailyCounts() {
        Optional<Map<String, Long>> trends = all(DigestTopology.TRENDS);
        Optional<Map<String, Long>> departments = all(DigestTopology.DEPARTMENT_TRENDS);
        if (trends.isEmpty() || departments.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> counts = new TreeMap<>(trends.get());
        counts.putAll(departments.get());
        return Optional.of(counts);
    }

    @Override
    public Optional<Map<String, DepartmentTally>> tallies() {
        return this.<JsonObject>all(DigestTopology.SCORECARDS).map(t -> {
            Map<String, DepartmentTally> tallies = new TreeMap<>();
            t.forEach((department, tally) -> tallies.put(department, DigestJson.tally(tally)));
            return tallies;
        });
    }

    @Override
    public Optional<List<DigestAlert>> alerts() {
        return this.<JsonObject>all(DigestTopology.ALERTS).map(a -> a.values().stream().map(o -> new DigestAlert(
                o.getString("kind"), o.getString("subject"), o.getString("label"), o.getJsonNumber("lastHour").longValue(),
                o.getJsonNumber("usualPerHour").doubleValue(), o.getBoolean("major"), Instant.parse(o.getString("raisedAt")),
                Instant.parse(o.getString("firstResponseDue")), Instant.parse(o.getString("answerDue")))).toList());
    }

    /** Every entry of a store held on this node. */
    private <V> Optional<Map<String, V>> all(String storeName) {
        KafkaStreams running = streams;
        if (running == null || running.state() != KafkaStreams.State.RUNNING) {
            return Optional.empty();
        }
        try {
            ReadOnlyKeyValueStore<String, V> store = running.store(StoreQueryParameters.fromNameAndType(
                    storeName, QueryableStoreTypes.<String, V>keyValueStore()));
            Map<String, V> entries = new TreeMap<>();
            try (KeyValueIterator<String, V> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<String, V> entry = all.next();
                    entries.put(entry.key, entry.value);
                }
            }
            return Optional.of(entries);
        } catch (InvalidStateStoreException e) {
            return Optional.empty(); // rebalancing: the caller answers "try again"
        }
    }
}
