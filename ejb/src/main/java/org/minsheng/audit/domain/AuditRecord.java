package org.minsheng.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audited action. Append-only: no setters; the sealer links it into the hash chain once, after
 * it committed ({@link #seal}), and nothing changes it after that.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 60)
    private String subjectId;

    @Column(length = 1000)
    private String detail;

    /** About a report-mailbox case: only the discipline role sees it. */
    @Column(nullable = false)
    private boolean confidential;

    /** Place in the hash chain; null until sealed. */
    @Column(unique = true)
    private Long seq;

    @Column(name = "prev_hash", length = 64)
    private String previousHash;

    @Column(length = 64)
    private String hash;

    protected AuditRecord() {
    }

    public AuditRecord(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                       String detail, boolean confidential) {
        // The database keeps microseconds; the hash covers what is kept.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
        this.confidential = confidential;
    }

    /** Links the record after the chain's last one; a record is sealed once. */
    void seal(long place, String previous) {
        if (seq != null) {
            throw new IllegalStateException("audit record " + id + " is already sealed");
        }
        seq = place;
        previousHash = previous;
        hash = AuditHash.of(previous, place, fields());
    }

    public AuditFields fields() {
        return new AuditFields(id, occurredAt, actor, action, subjectType, subjectId, detail, confidential);
    }

    public Long id() {
        return id;
    }

    public Long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    public boolean confidential() {
        return confidential;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }
}
