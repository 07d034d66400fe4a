package org.minsheng.shared.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A domain event waiting in the database for the relay to publish it to Kafka. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String topic;

    @Column(name = "record_key", nullable = false, length = 100)
    private String key;

    @Column(name = "event_type", nullable = false, length = 100)
    private String type;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private int attempts;

    protected OutboxEntry() {
    }

    public OutboxEntry(String topic, String key, String type, String payload, Instant createdAt) {
        this.topic = topic;
        this.key = key;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String key() {
        return key;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public void markPublished(Instant at) {
        publishedAt = at;
    }

    public void countAttempt() {
        attempts++;
    }
}
