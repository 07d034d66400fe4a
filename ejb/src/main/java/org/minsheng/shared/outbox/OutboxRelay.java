package org.minsheng.shared.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.minsheng.shared.kafka.KafkaSettings;

/**
 * Publishes outbox entries to Kafka in order. Rows are claimed with SKIP LOCKED so
 * that in a cluster each entry is sent by one node; when Kafka is down the rows simply wait.
 * Delivery is at least once: consumers deduplicate by the envelope id.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    KafkaSettings settings;

    private volatile KafkaProducer<String, byte[]> producer;
    private volatile boolean kafkaWasDown;

    /** Publishes one batch; called by {@link OutboxRelayScheduler}, never concurrently on one node. */
    public void relay() {
        List<OutboxEntry> pending = em.createQuery(
                        "select o from OutboxEntry o where o.publishedAt is null order by o.id", OutboxEntry.class)
                .setMaxResults(BATCH)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
        if (pending.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(pending.size());
        try {
            for (OutboxEntry entry : pending) {
                entry.countAttempt();
                sent.add(producer().send(new ProducerRecord<>(entry.topic(), entry.key(),
                        entry.payload().getBytes(StandardCharsets.UTF_8))));
            }
            Instant now = clock.instant();
            for (int i = 0; i < sent.size(); i++) {
                sent.get(i).get(10, TimeUnit.SECONDS);
                pending.get(i).markPublished(now);
            }
            if (kafkaWasDown) {
                LOG.info("Kafka is reachable again; outbox relay resumed");
                kafkaWasDown = false;
            }
        } catch (Exception e) {
            // Entries acknowledged before the failure keep their mark; the rest wait for the next run.
            if (!kafkaWasDown) {
                LOG.log(Level.WARNING, "Kafka unreachable, {0} event(s) wait in the outbox: {1}",
                        new Object[] {pending.size(), e.toString()});
                kafkaWasDown = true;
            }
            closeProducer();
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = settings.common();
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "minsheng-outbox");
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    void closeProducer() {
        KafkaProducer<String, byte[]> current = producer;
        producer = null;
        if (current != null) {
            current.close(java.time.Duration.ofSeconds(2));
        }
    }

    /** Entries not yet on Kafka, for health and supervision pages. */
    public long backlog() {
        return em.createQuery("select count(o) from OutboxEntry o where o.publishedAt is null", Long.class)
                .getSingleResult();
    }
}
