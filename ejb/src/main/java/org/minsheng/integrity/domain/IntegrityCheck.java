package org.minsheng.integrity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the check over every watched page, scheduled or started by an administrator. */
@Entity
@Table(name = "integrity_check")
public class IntegrityCheck {

    public static final String SCHEDULE = "SCHEDULE";
    public static final String MANUAL = "MANUAL";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "integrity_check_seq")
    @SequenceGenerator(name = "integrity_check_seq", sequenceName = "integrity_check_seq", allocationSize = 20)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "triggered_by", nullable = false, length = 60)
    private String triggeredBy;

    /** {@link #SCHEDULE} or {@link #MANUAL}. */
    @Column(name = "cause", nullable = false, length = 10)
    private String trigger;

    @Column(nullable = false)
    private int pages;

    @Column(nullable = false)
    private int intact;

    @Column(nullable = false)
    private int changed;

    @Column(nullable = false)
    private int unreachable;

    @Column(nullable = false)
    private int alerts;

    protected IntegrityCheck() {
    }

    public IntegrityCheck(Instant startedAt, Instant finishedAt, String trigger, String triggeredBy) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.trigger = trigger;
        this.triggeredBy = triggeredBy;
    }

    public void count(PageState seen) {
        pages++;
        switch (seen) {
            case INTACT -> intact++;
            case CHANGED -> changed++;
            case UNREACHABLE -> unreachable++;
            default -> { }
        }
    }

    /** A finding that raised an alert (a problem already reported is counted, not alerted again). */
    public void alerted() {
        alerts++;
    }

    public Long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String trigger() {
        return trigger;
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    public int pages() {
        return pages;
    }

    public int intact() {
        return intact;
    }

    public int changed() {
        return changed;
    }

    public int unreachable() {
        return unreachable;
    }

    public int alerts() {
        return alerts;
    }
}
