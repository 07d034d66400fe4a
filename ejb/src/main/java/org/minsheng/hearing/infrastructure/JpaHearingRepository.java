package org.minsheng.hearing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.minsheng.hearing.domain.CommentStatus;
import org.minsheng.hearing.domain.Hearing;
import org.minsheng.hearing.domain.HearingComment;
import org.minsheng.hearing.domain.HearingRepository;

@ApplicationScoped
public class JpaHearingRepository implements HearingRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Hearing hearing) {
        em.persist(hearing);
    }

    @Override
    public Optional<Hearing> byId(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Hearing.class, i));
    }

    @Override
    public List<Hearing> all(String departmentCode, int limit) {
        return em.createQuery("select h from Hearing h where :d is null or h.departmentCode = :d"
                        + " order by h.opensAt desc, h.id", Hearing.class)
                .setParameter("d", departmentCode).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Hearing> feedbackLate(Instant now) {
        return em.createQuery("select h from Hearing h where h.closed = false and h.reminded = false"
                        + " and h.feedback.publishedAt is null and h.feedbackDueAt <= :now", Hearing.class)
                .setParameter("now", now).setMaxResults(100).getResultList();
    }

    @Override
    public void add(HearingComment comment) {
        em.persist(comment);
    }

    @Override
    public Optional<HearingComment> comment(String id) {
        return Optional.ofNullable(id).map(i -> em.find(HearingComment.class, i));
    }

    @Override
    public List<HearingComment> comments(String hearingId, CommentStatus status, int limit) {
        return em.createQuery("select c from HearingComment c where c.hearingId = :h"
                        + " and (:s is null or c.status = :s) order by c.submittedAt, c.id", HearingComment.class)
                .setParameter("h", hearingId).setParameter("s", status).setMaxResults(limit).getResultList();
    }

    @Override
    public long countComments(String hearingId, CommentStatus status) {
        return em.createQuery("select count(c) from HearingComment c where c.hearingId = :h and c.status = :s",
                        Long.class)
                .setParameter("h", hearingId).setParameter("s", status).getSingleResult();
    }
}
