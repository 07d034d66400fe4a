package org.minsheng.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.audit.domain.AuditChainHead;
import org.minsheng.audit.domain.AuditRecord;
import org.minsheng.audit.domain.AuditRecords;

@ApplicationScoped
public class JpaAuditRecords implements AuditRecords {

    /** Hibernate's lock timeout for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(AuditRecord record) {
        em.persist(record);
    }

    @Override
    public List<AuditRecord> of(String subjectType, String subjectId) {
        return em.createQuery("select a from AuditRecord a where a.subjectType = :t and a.subjectId = :i order by a.id",
                        AuditRecord.class)
                .setParameter("t", subjectType).setParameter("i", subjectId)
                .getResultList();
    }

    @Override
    public Optional<AuditChainHead> lockHeadUnlessBusy() {
        return em.createQuery("select h from AuditChainHead h where h.id = :id", AuditChainHead.class)
                .setParameter("id", AuditChainHead.ID)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultStream().findFirst();
    }

    @Override
    public List<AuditRecord> unsealed(int max) {
        return em.createQuery("select a from AuditRecord a where a.seq is null order by a.id", AuditRecord.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<AuditRecord> find(Filter filter, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<AuditRecord> query = em.createQuery("select a from AuditRecord a" + where(filter, parameters)
                + " order by a.occurredAt desc, a.id desc", AuditRecord.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditRecord a" + where(filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Filter f, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!f.includeConfidential()) {
            conditions.add("a.confidential = false");
        }
        if (f.from() != null) {
            conditions.add("a.occurredAt >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            conditions.add("a.occurredAt < :to");
            parameters.put("to", f.to());
        }
        if (f.actor() != null) {
            conditions.add("a.actor = :actor");
            parameters.put("actor", f.actor());
        }
        if (f.action() != null) {
            conditions.add("a.action like :action escape '!'");
            parameters.put("action", f.action().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (f.subjectType() != null) {
            conditions.add("a.subjectType = :subjectType");
            parameters.put("subjectType", f.subjectType());
        }
        if (f.subjectId() != null) {
            conditions.add("a.subjectId = :subjectId");
            parameters.put("subjectId", f.subjectId());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
