package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.PublicCases;

@ApplicationScoped
public class JpaPublicCases implements PublicCases {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CaseFile> recent(String category, Collection<CaseStatus> statuses, Instant start, Instant end, int max) {
        StringBuilder jpql = new StringBuilder("select c from CaseFile c where c.resident.publicRequested = true"
                + " and c.channel <> :report and c.status in :statuses");
        if (category != null) {
            jpql.append(" and c.findings.category = :category");
        }
        if (start != null) {
            jpql.append(" and c.receivedAt >= :start");
        }
        if (end != null) {
            jpql.append(" and c.receivedAt < :end");
        }
        TypedQuery<CaseFile> q = em.createQuery(jpql.append(" order by c.receivedAt desc").toString(), CaseFile.class)
                .setParameter("report", Channel.REPORT_MAILBOX).setParameter("statuses", statuses);
        if (category != null) {
            q.setParameter("category", category);
        }
        if (start != null) {
            q.setParameter("start", start);
        }
        if (end != null) {
            q.setParameter("end", end);
        }
        return q.setMaxResults(max).getResultList();
    }
}
