package org.minsheng.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One key's record: the fingerprint of the request that first used it and, once that request was
 * answered, the answer. Inserted by the claim's own native statement (so that a race on the
 * unique constraint is a no-op, not an error); read and finished through JPA.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    public enum State { IN_PROGRESS, COMPLETED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 300)
    private String endpoint;

    @Column(nullable = false, length = 255)
    private String caller;

    @Column(name = "idem_key", nullable = false, length = 255)
    private String key;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private State state;

    @Column(nullable = false, length = 36)
    private String owner;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    private Integer status;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Column(length = 2000)
    private String location;

    private byte[] body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected IdempotencyRecord() {
    }

    /** A record in progress, as the claim inserts it; for tests of {@link #assess}. */
    IdempotencyRecord(String id, String fingerprint, String owner, Instant lockedUntil) {
        this.id = id;
        this.fingerprint = fingerprint;
        this.owner = owner;
        this.lockedUntil = lockedUntil;
        this.state = State.IN_PROGRESS;
    }

    /** What a request finds in a record: see {@link #assess}. */
    enum Finding { MISMATCH, ANSWERED, IN_PROGRESS, ABANDONED }

    /**
     * What a request with this fingerprint finds here at {@code now}: a different request's key is a
     * mismatch whatever its state; an answered one is replayed; one still in progress is waited for,
     * unless its holder's lease ran out (its node died mid-request): then it is abandoned, and the
     * request may take it over.
     */
    Finding assess(String requestFingerprint, Instant now) {
        if (!fingerprint.equals(requestFingerprint)) {
            return Finding.MISMATCH;
        }
        if (state == State.COMPLETED) {
            return Finding.ANSWERED;
        }
        return leaseExpired(now) ? Finding.ABANDONED : Finding.IN_PROGRESS;
    }

    StoredResponse response() {
        return new StoredResponse(status, contentType, location, body);
    }

    boolean leaseExpired(Instant now) {
        return lockedUntil == null || !now.isBefore(lockedUntil);
    }

    void complete(StoredResponse response) {
        state = State.COMPLETED;
        lockedUntil = null;
        status = response.status();
        contentType = response.contentType();
        location = response.location();
        body = response.body();
    }

    Instant expiresAt() {
        return expiresAt;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public State state() {
        return state;
    }
}
