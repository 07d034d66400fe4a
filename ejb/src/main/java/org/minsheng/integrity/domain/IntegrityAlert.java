package org.minsheng.integrity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A difference a check found between what was approved and what the site serves. Kept as found. */
@Entity
@Table(name = "integrity_alert")
public class IntegrityAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "integrity_alert_seq")
    @SequenceGenerator(name = "integrity_alert_seq", sequenceName = "integrity_alert_seq", allocationSize = 20)
    private Long id;

    @Column(name = "check_id", nullable = false)
    private long checkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PageKind kind;

    @Column(nullable = false, length = 60)
    private String reference;

    @Column(nullable = false, length = 300)
    private String path;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PageState problem;

    @Column(name = "expected_hash", nullable = false, length = 64)
    private String expectedHash;

    @Column(name = "observed_hash", length = 64)
    private String observedHash;

    @Column(length = 300)
    private String detail;

    protected IntegrityAlert() {
    }

    public IntegrityAlert(long checkId, WatchedPage page, Instant at, String detail) {
        this.checkId = checkId;
        this.kind = page.kind();
        this.reference = page.reference();
        this.path = page.path();
        this.detectedAt = at;
        this.problem = page.state();
        this.expectedHash = page.expectedHash();
        this.observedHash = page.observedHash();
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    public Long id() {
        return id;
    }

    public long checkId() {
        return checkId;
    }

    public PageKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String path() {
        return path;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public PageState problem() {
        return problem;
    }

    public String expectedHash() {
        return expectedHash;
    }

    public String observedHash() {
        return observedHash;
    }

    public String detail() {
        return detail;
    }
}
