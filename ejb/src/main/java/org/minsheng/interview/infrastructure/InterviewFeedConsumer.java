package org.minsheng.interview.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.minsheng.interview.api.FeedListener;
import org.minsheng.interview.api.InterviewFeed;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.domain.InterviewEvent;
import org.minsheng.shared.kafka.KafkaSettings;
import org.minsheng.shared.kafka.Topic;
import org.minsheng.shared.kafka.TopicCreator;

/**
 * Every node reads the whole interview topic for its own viewers. Partitions are assigned, not
 * subscribed through a consumer group, so no two nodes share the work and nothing is committed:
 * each start reads from the end, and viewers catch up on older posts from the database.
 */
@Singleton
@Startup
@Local(InterviewFeed.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InterviewFeedConsumer implements InterviewFeed {

    private static final Logger LOG = Logger.getLogger(InterviewFeedConsumer.class.getName());
    private static final Topic<String, JsonObject> TOPIC = Topic.of(InterviewEvent.STREAM);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    KafkaSettings settings;

    @Inject
    TopicCreator topics;

    @Resource
    ManagedExecutorService executor;

    private final List<FeedListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private volatile boolean running;
    private volatile KafkaConsumer<String, JsonObject> consumer;
    private Future<?> loop;

    @PostConstruct
    void start() {
        Runnable task = ManagedExecutors.managedTask(this::consume,
                Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "interview-feed"), null);
        loop = executor.submit(task);
    }

    @Override
    public void listen(FeedListener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean running() {
        return running;
    }

    private void consume() {
        topics.ensure(List.of(TOPIC));
        while (!stopped) {
            KafkaConsumer<String, JsonObject> c = new KafkaConsumer<>(config(),
                    TOPIC.keySerde().deserializer(), TOPIC.valueSerde().deserializer());
            try {
                consumer = c;
                List<PartitionInfo> partitions = c.partitionsFor(TOPIC.name(), Duration.ofSeconds(5));
                if (partitions == null || partitions.isEmpty()) {
                    throw new IllegalStateException("topic " + TOPIC.name() + " has no partitions yet");
                }
                List<TopicPartition> assigned = partitions.stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                c.assign(assigned);
                c.seekToEnd(assigned);
                assigned.forEach(c::position);
                running = true;
                LOG.info(() -> "Interview feed reading " + assigned.size() + " partition(s) of " + TOPIC.name());
                while (!stopped) {
                    for (ConsumerRecord<String, JsonObject> record : c.poll(Duration.ofMillis(500))) {
                        dispatch(record.value());
                    }
                }
            } catch (WakeupException e) {
                // Stopping.
            } catch (RuntimeException e) {
                running = false;
                if (!stopped) {
                    LOG.log(Level.WARNING, "Interview feed interrupted, reconnecting: {0}", e.toString());
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
                }
            } finally {
                running = false;
                consumer = null;
                // No group and nothing to commit, but never let a gone broker hold the shutdown.
                c.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            }
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> config = settings.common();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "minsheng-interview-feed");
        return config;
    }

    private void dispatch(JsonObject envelope) {
        if (envelope == null) {
            return;
        }
        try {
            String type = envelope.getString("type", "");
            JsonObject data = envelope.getJsonObject("data");
            String interviewId = envelope.getString("aggregateId", "");
            if ("PostPublished".equals(type)) {
                PostView post = post(data);
                listeners.forEach(l -> l.post(post));
            } else if (type.startsWith("Question") || type.startsWith("Interview")) {
                String questionId = data.getString("questionId", null);
                listeners.forEach(l -> l.queueChanged(interviewId, questionId, type));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Skipped an interview event that could not be read: " + envelope, e);
        }
    }

    static PostView post(JsonObject d) {
        return new PostView(d.getString("interviewId"), d.getJsonNumber("sequence").longValue(), d.getString("kind"),
                d.getString("authorName"), text(d, "authorTitle"), d.getString("body"), text(d, "imageUrl"),
                text(d, "imageAlt"),
                text(d, "questionId"), text(d, "askerName"), number(d, "answerTo"),
                Instant.parse(d.getString("occurredAt")));
    }

    private static String text(JsonObject d, String key) {
        JsonValue v = d.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : d.getString(key);
    }

    private static Long number(JsonObject d, String key) {
        JsonValue v = d.get(key);
        return v instanceof JsonNumber n ? n.longValue() : null;
    }

    @PreDestroy
    void stop() {
        stopped = true;
        KafkaConsumer<String, JsonObject> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (loop != null) {
            try {
                loop.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                loop.cancel(true);
            }
        }
    }
}
