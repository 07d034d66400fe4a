package org.minsheng.shared.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.minsheng.shared.events.EventStream;

/**
 * Creates the platform's topics when they are missing; never fails the caller. Every call is
 * bounded by a few seconds, also when no broker answers, and so is closing its admin client.
 */
@ApplicationScoped
public class TopicCreator {

    private static final Logger LOG = Logger.getLogger(TopicCreator.class.getName());
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    KafkaSettings settings;

    @Inject
    @Any
    Instance<EventStream> eventStreams;

    /** Creates the topic of every event stream the features declare. */
    public void ensureEventStreams() {
        ensure(eventStreams.stream().map(Topic::of).toList());
    }

    public void ensure(Collection<? extends Topic<?, ?>> topics) {
        Map<String, Object> config = settings.common();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        Admin admin = Admin.create(config);
        try {
            List<NewTopic> wanted = topics.stream()
                    .map(t -> new NewTopic(t.name(), java.util.Optional.of(t.partitions()), java.util.Optional.empty()))
                    .toList();
            admin.createTopics(wanted).values().forEach((name, future) -> {
                try {
                    future.get(5, TimeUnit.SECONDS);
                    LOG.info(() -> "Created topic " + name);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warning(() -> "Could not create topic " + name + ": " + e.getCause());
                    }
                } catch (Exception e) {
                    LOG.warning(() -> "Could not create topic " + name + ": " + e);
                }
            });
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    /** Whether a broker answers within the timeout, for the readiness check. */
    public boolean brokerReachable(long timeoutMillis) {
        Map<String, Object> config = settings.common();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        Admin admin = Admin.create(config);
        try {
            admin.describeCluster().clusterId().get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }
}
