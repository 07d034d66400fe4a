package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.minsheng.cases.domain.FaqEntry;
import org.minsheng.cases.domain.FaqRepository;

@ApplicationScoped
public class JpaFaqRepository implements FaqRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(FaqEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<FaqEntry> latest(int limit) {
        return em.createQuery("select f from FaqEntry f order by f.createdAt desc, f.id desc", FaqEntry.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean existsForCase(String caseId) {
        return em.createQuery("select count(f) from FaqEntry f where f.sourceCaseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult() > 0;
    }
}
