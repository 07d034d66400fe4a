package org.minsheng.guide.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.minsheng.guide.domain.Guide;
import org.minsheng.guide.domain.GuideRepository;
import org.minsheng.guide.domain.GuideStatus;
import org.minsheng.guide.domain.LifeEvent;

@ApplicationScoped
public class JpaGuideRepository implements GuideRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Guide> guide(long id) {
        return Optional.ofNullable(em.find(Guide.class, id));
    }

    @Override
    public void add(Guide guide) {
        em.persist(guide);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Guide> guides(List<GuideStatus> statuses, String departmentCode, LifeEvent lifeEvent) {
        String jpql = "select distinct g from Guide g" + (lifeEvent == null ? "" : " join g.lifeEvents e")
                + " where g.status in :s" + (departmentCode == null ? "" : " and g.departmentCode = :d")
                + (lifeEvent == null ? "" : " and e = :e");
        TypedQuery<Guide> query = em.createQuery(jpql, Guide.class).setParameter("s", statuses);
        if (departmentCode != null) {
            query.setParameter("d", departmentCode);
        }
        if (lifeEvent != null) {
            query.setParameter("e", lifeEvent);
        }
        return query.getResultList().stream()
                .sorted(java.util.Comparator.comparing(Guide::departmentCode).thenComparing(Guide::title)).toList();
    }
}
