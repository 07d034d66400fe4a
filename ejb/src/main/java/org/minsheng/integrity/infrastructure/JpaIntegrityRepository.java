package org.minsheng.integrity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.minsheng.integrity.domain.IntegrityAlert;
import org.minsheng.integrity.domain.IntegrityCheck;
import org.minsheng.integrity.domain.IntegrityRepository;
import org.minsheng.integrity.domain.PageKind;
import org.minsheng.integrity.domain.WatchedPage;

@ApplicationScoped
public class JpaIntegrityRepository implements IntegrityRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<WatchedPage> page(PageKind kind, String reference) {
        return em.createQuery("select p from WatchedPage p where p.kind = :k and p.reference = :r", WatchedPage.class)
                .setParameter("k", kind).setParameter("r", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<String> expectedHash(PageKind kind, String reference) {
        return em.createQuery("select p.expectedHash from WatchedPage p where p.kind = :k and p.reference = :r"
                        + " and p.active = true", String.class)
                .setParameter("k", kind).setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public Optional<WatchedPage> page(long id) {
        return Optional.ofNullable(em.find(WatchedPage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(WatchedPage page) {
        em.persist(page);
    }

    @Override
    public List<WatchedPage> watched() {
        return em.createQuery("select p from WatchedPage p where p.active = true order by p.registeredAt, p.id",
                WatchedPage.class).getResultList();
    }

    @Override
    public void add(IntegrityCheck check) {
        em.persist(check);
    }

    @Override
    public void add(IntegrityAlert alert) {
        em.persist(alert);
    }

    @Override
    public List<IntegrityCheck> latestChecks(int limit) {
        return em.createQuery("select c from IntegrityCheck c order by c.startedAt desc, c.id desc", IntegrityCheck.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<IntegrityAlert> latestAlerts(int limit) {
        return em.createQuery("select a from IntegrityAlert a order by a.detectedAt desc, a.id desc", IntegrityAlert.class)
                .setMaxResults(limit).getResultList();
    }

    /** One conditional update: of nodes racing for the same run, the database lets exactly one move it. */
    @Override
    public boolean claimScheduledRun(Instant now, Duration interval) {
        return em.createNativeQuery("update integrity_schedule set next_run_at = ?1"
                        + " where id = 1 and (next_run_at is null or next_run_at <= ?2)")
                .setParameter(1, now.plus(interval)).setParameter(2, now).executeUpdate() == 1;
    }
}
