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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A published page under watch: where it is served, the hash of the content approved for it, and
 * what the last check saw. One row per kind and reference (an answer's tracking number); a new
 * approval replaces the hash, a withdrawal stops the watch.
 */
@Entity
@Table(name = "watched_page")
public class WatchedPage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watched_page_seq")
    @SequenceGenerator(name = "watched_page_seq", sequenceName = "watched_page_seq", allocationSize = 20)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PageKind kind;

    @Column(nullable = false, length = 60)
    private String reference;

    @Column(nullable = false, length = 300)
    private String path;

    @Column(name = "expected_hash", nullable = false, length = 64)
    private String expectedHash;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 60)
    private String registeredBy;

    @Column(nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PageState state;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "observed_hash", length = 64)
    private String observedHash;

    @Version
    private long version;

    protected WatchedPage() {
    }

    public WatchedPage(PageKind kind, String reference) {
        this.kind = kind;
        this.reference = reference;
        this.state = PageState.UNCHECKED;
    }

    /** The content approved now is what the page must serve from now on. */
    public void register(String newPath, String hash, Instant at, String by) {
        path = newPath;
        expectedHash = hash;
        registeredAt = at;
        registeredBy = by;
        active = true;
        state = PageState.UNCHECKED;
        observedHash = null;
    }

    /** The page left the site on purpose (e.g. a reopened case's answer); it is no longer watched. */
    public void withdraw() {
        active = false;
    }

    /**
     * Records what a check saw. Returns true when this is news worth an alert: a problem, unless
     * the last check already saw the same problem with the same content.
     */
    public boolean observe(PageState seen, String hash, Instant at) {
        boolean news = seen.isProblem() && !(seen == state && Objects.equals(hash, observedHash));
        state = seen;
        observedHash = hash;
        checkedAt = at;
        return news;
    }

    public Long id() {
        return id;
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

    public String expectedHash() {
        return expectedHash;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean isActive() {
        return active;
    }

    public PageState state() {
        return state;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String observedHash() {
        return observedHash;
    }
}
