package org.minsheng.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minsheng.disclosure.domain.InformationRequest;
import org.minsheng.disclosure.domain.InformationRequestRepository;

@ApplicationScoped
public class JpaInformationRequestRepository implements InformationRequestRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(InformationRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<InformationRequest> byNumber(String number) {
        return em.createQuery("select r from InformationRequest r where r.number = :n", InformationRequest.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<InformationRequest> ofBody(String bodyCode, int limit) {
        TypedQuery<InformationRequest> q = em.createQuery("select r from InformationRequest r"
                + (bodyCode == null ? "" : " where r.bodyCode = :b") + " order by r.receivedOn desc, r.id desc",
                InformationRequest.class);
        if (bodyCode != null) {
            q.setParameter("b", bodyCode);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public List<InformationRequest> ofAccount(String account) {
        return em.createQuery("select r from InformationRequest r where r.account = :a order by r.id desc",
                InformationRequest.class).setParameter("a", account).getResultList();
    }

    @Override
    public long countByApplicantSince(String idNumber, LocalDate from) {
        return em.createQuery("select count(r) from InformationRequest r"
                        + " where r.applicant.idNumber = :i and r.receivedOn >= :f",
                Long.class).setParameter("i", idNumber).setParameter("f", from).getSingleResult();
    }

    @Override
    public long countOfBodyInYear(String bodyCode, int year) {
        return em.createQuery("select count(r) from InformationRequest r where r.bodyCode = :b"
                        + " and r.receivedOn >= :from and r.receivedOn < :to", Long.class)
                .setParameter("b", bodyCode).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getSingleResult();
    }
}
