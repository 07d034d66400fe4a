package org.minsheng.audit.application;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.minsheng.audit.api.AuditEntry;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.audit.domain.AuditRecord;

@Stateless
@LocalBean
@Local(AuditTrail.class)
public class AuditService implements AuditTrail {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        String shortDetail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        em.persist(new AuditRecord(Instant.now(clock), actor, action, subjectType, subjectId, shortDetail));
    }

    @Override
    public List<AuditEntry> of(String subjectType, String subjectId) {
        return em.createQuery("select a from AuditRecord a where a.subjectType = :t and a.subjectId = :i order by a.id",
                        AuditRecord.class)
                .setParameter("t", subjectType).setParameter("i", subjectId)
                .getResultStream()
                .map(a -> new AuditEntry(a.occurredAt(), a.actor(), a.action(), a.subjectType(), a.subjectId(), a.detail()))
                .toList();
    }
}
