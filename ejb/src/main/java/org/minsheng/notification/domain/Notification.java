package org.minsheng.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to a member of staff (recipient = username) or to a case's resident (recipient = case id). */
@Entity
@Table(name = "notification")
public class Notification {

    public static final String STAFF = "STAFF";
    public static final String RESIDENT = "RESIDENT";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 20)
    private Long id;

    @Column(name = "recipient_kind", nullable = false, length = 10)
    private String recipientKind;

    @Column(nullable = false, length = 60)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "case_id", length = 40)
    private String caseId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipientKind, String recipient, String subject, String body, String caseId,
                        Instant createdAt) {
        this.recipientKind = recipientKind;
        this.recipient = recipient;
        this.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
        this.body = body.length() <= 2000 ? body : body.substring(0, 2000);
        this.caseId = caseId;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public String recipientKind() {
        return recipientKind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String caseId() {
        return caseId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
