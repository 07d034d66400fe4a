package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.cases.domain.FollowUpVisit;
import org.minsheng.cases.domain.HotlineCall;
import org.minsheng.cases.domain.HotlineRecords;

@ApplicationScoped
public class JpaHotlineRecords implements HotlineRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(HotlineCall call) {
        em.persist(call);
    }

    @Override
    public Optional<HotlineCall> callOf(String caseId) {
        return Optional.ofNullable(em.find(HotlineCall.class, caseId));
    }

    @Override
    public List<HotlineCall> takenBy(String username, int limit) {
        return em.createQuery("select h from HotlineCall h where h.takenBy = :u order by h.takenAt desc", HotlineCall.class)
                .setParameter("u", username).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(FollowUpVisit visit) {
        em.persist(visit);
    }

    @Override
    public List<FollowUpVisit> visitsOf(String caseId) {
        return em.createQuery("select v from FollowUpVisit v where v.caseId = :c order by v.visitedAt", FollowUpVisit.class)
                .setParameter("c", caseId).getResultList();
    }
}
