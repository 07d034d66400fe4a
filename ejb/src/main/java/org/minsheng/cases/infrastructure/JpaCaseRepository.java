package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(CaseFile caseFile) {
        em.persist(caseFile);
    }

    @Override
    public Optional<CaseFile> byId(String id) {
        return Optional.ofNullable(id).map(i -> em.find(CaseFile.class, i));
    }

    @Override
    public Optional<CaseFile> byTrackingNumber(String trackingNumber) {
        return em.createQuery("select c from CaseFile c where c.trackingNumber = :n", CaseFile.class)
                .setParameter("n", trackingNumber).getResultStream().findFirst();
    }

    @Override
    public long nextTrackingSequence() {
        return ((Number) em.createNativeQuery("select nextval('tracking_seq')").getSingleResult()).longValue();
    }

    @Override
    public List<CaseFile> openCasesOf(String departmentCode, int limit) {
        return em.createQuery("select c from CaseFile c where c.departmentCode = :d and c.status in :open"
                        + " order by c.receivedAt", CaseFile.class)
                .setParameter("d", departmentCode)
                .setParameter("open", List.of(CaseStatus.DISPATCHED, CaseStatus.HANDLING))
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> awaitingDispatch(int limit) {
        return em.createQuery("select c from CaseFile c where c.status = :s order by c.urgent desc, c.receivedAt",
                        CaseFile.class)
                .setParameter("s", CaseStatus.REGISTERED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> heldForReview(int limit) {
        return em.createQuery("select c from CaseFile c where c.heldForReview = true order by c.answeredAt", CaseFile.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> allOpen() {
        return em.createQuery("select c from CaseFile c where c.status not in :done", CaseFile.class)
                .setParameter("done", List.of(CaseStatus.ANSWERED, CaseStatus.CLOSED)).getResultList();
    }

    @Override
    public List<CaseFile> published(int offset, int limit) {
        return em.createQuery("select c from CaseFile c where c.published = true order by c.answeredAt desc, c.id",
                        CaseFile.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublished() {
        return em.createQuery("select count(c) from CaseFile c where c.published = true", Long.class).getSingleResult();
    }
}
