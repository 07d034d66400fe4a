package org.minsheng.shared.idempotency;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims, finishes and releases keys, each in its own short transaction, apart from the work the
 * request does: the claim must be visible to every other request (on every node) before the work
 * starts, and must survive the work's rollback.
 *
 * <p>The arbiter is the unique constraint on (endpoint, caller, key): a claim inserts an
 * in-progress record with {@code on conflict do nothing}, so of any number of racing requests
 * exactly one inserts it; the others read what is there. A record in progress carries a lease: if
 * its node dies before answering, a retry after the lease takes it over rather than wait until the
 * record expires.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

    /** Longer than any request runs; a record in progress longer than this is taken to be abandoned. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "minsheng.idempotency.retention-hours", defaultValue = "24")
    int retentionHours;

    /** Claims the request's key: acquired (do the work), answered before, in progress elsewhere, or a mismatch. */
    public Claim claim(IdempotentRequest request) {
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        if (insert(request, owner, now) == 1) {
            return new Claim.Acquired(owner, owner);
        }
        IdempotencyRecord found = find(request);
        if (found != null && !now.isBefore(found.expiresAt())) {
            // Expired but not yet purged: the key is free again.
            em.createQuery("delete from IdempotencyRecord r where r.id = :id and r.expiresAt <= :now")
                    .setParameter("id", found.id()).setParameter("now", now).executeUpdate();
            if (insert(request, owner, now) == 1) {
                return new Claim.Acquired(owner, owner);
            }
            found = find(request);
        }
        if (found == null) {
            return new Claim.InProgress(); // released a moment ago: the caller claims again
        }
        return switch (found.assess(request.fingerprint(), now)) {
            case MISMATCH -> new Claim.Mismatch();
            case ANSWERED -> new Claim.Completed(found.response());
            case IN_PROGRESS -> new Claim.InProgress();
            case ABANDONED -> takeOver(found, owner, now);
        };
    }

    /** Stores the answer of the request that holds the key; retries get it from now on. */
    public void complete(Claim.Acquired claim, StoredResponse response) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, claim.recordId(), LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !record.owner().equals(claim.owner())
                || record.state() != IdempotencyRecord.State.IN_PROGRESS) {
            LOG.warning(() -> "Idempotency record " + claim.recordId() + " was taken over before its answer was"
                    + " stored; the answer is not kept");
            return;
        }
        record.complete(response);
    }

    /** Frees the key without an answer (the request failed on the server's side), so that a retry runs again. */
    public void release(Claim.Acquired claim) {
        em.createQuery("delete from IdempotencyRecord r where r.id = :id and r.owner = :owner"
                        + " and r.state = :inProgress")
                .setParameter("id", claim.recordId()).setParameter("owner", claim.owner())
                .setParameter("inProgress", IdempotencyRecord.State.IN_PROGRESS).executeUpdate();
    }

    /** Deletes the records whose retention has ended; returns how many. */
    public int purgeExpired() {
        return em.createQuery("delete from IdempotencyRecord r where r.expiresAt <= :now")
                .setParameter("now", clock.instant()).executeUpdate();
    }

    private int insert(IdempotentRequest request, String id, Instant now) {
        return em.createNativeQuery("insert into idempotency_record (id, endpoint, caller, idem_key, fingerprint,"
                        + " state, owner, locked_until, created_at, expires_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, 'IN_PROGRESS', ?6, ?7, ?8, ?9) on conflict do nothing")
                .setParameter(1, id).setParameter(2, request.endpoint()).setParameter(3, request.caller())
                .setParameter(4, request.key()).setParameter(5, request.fingerprint()).setParameter(6, id)
                .setParameter(7, now.plus(LEASE)).setParameter(8, now)
                .setParameter(9, now.plus(Duration.ofHours(retentionHours)))
                .executeUpdate();
    }

    private IdempotencyRecord find(IdempotentRequest request) {
        List<IdempotencyRecord> found = em.createQuery("select r from IdempotencyRecord r where r.endpoint = :endpoint"
                        + " and r.caller = :caller and r.key = :key", IdempotencyRecord.class)
                .setParameter("endpoint", request.endpoint()).setParameter("caller", request.caller())
                .setParameter("key", request.key()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Of several requests finding the same abandoned record, the conditional update lets one win. */
    private Claim takeOver(IdempotencyRecord abandoned, String owner, Instant now) {
        int won = em.createQuery("update IdempotencyRecord r set r.owner = :owner, r.lockedUntil = :until"
                        + " where r.id = :id and r.owner = :previous and r.state = :inProgress")
                .setParameter("owner", owner).setParameter("until", now.plus(LEASE))
                .setParameter("id", abandoned.id()).setParameter("previous", abandoned.owner())
                .setParameter("inProgress", IdempotencyRecord.State.IN_PROGRESS).executeUpdate();
        return won == 1 ? new Claim.Acquired(abandoned.id(), owner) : new Claim.InProgress();
    }
}
