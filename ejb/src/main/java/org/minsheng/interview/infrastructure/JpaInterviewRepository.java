package org.minsheng.interview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewImage;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.interview.domain.Question;
import org.minsheng.interview.domain.QuestionStatus;

@ApplicationScoped
public class JpaInterviewRepository implements InterviewRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Interview interview) {
        em.persist(interview);
    }

    @Override
    public Optional<Interview> byId(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Interview.class, i));
    }

    @Override
    public Optional<Interview> lockedForPosting(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Interview.class, i, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Interview> all(int limit) {
        return em.createQuery("select i from Interview i order by i.scheduledAt desc, i.id", Interview.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void add(InterviewPost post) {
        em.persist(post);
    }

    @Override
    public List<InterviewPost> postsAfter(String interviewId, long afterSequence, int limit) {
        return em.createQuery("select p from InterviewPost p where p.interviewId = :i and p.sequence > :s"
                        + " order by p.sequence", InterviewPost.class)
                .setParameter("i", interviewId).setParameter("s", afterSequence)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<InterviewPost> post(String interviewId, long sequence) {
        return em.createQuery("select p from InterviewPost p where p.interviewId = :i and p.sequence = :s",
                        InterviewPost.class)
                .setParameter("i", interviewId).setParameter("s", sequence).getResultStream().findFirst();
    }

    @Override
    public void add(InterviewImage image) {
        em.persist(image);
    }

    @Override
    public Optional<InterviewImage> image(String id) {
        return Optional.ofNullable(id).map(i -> em.find(InterviewImage.class, i));
    }

    @Override
    public void add(Question question) {
        em.persist(question);
    }

    @Override
    public Optional<Question> question(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Question.class, i));
    }

    @Override
    public List<Question> questions(String interviewId, List<QuestionStatus> statuses, int limit) {
        return em.createQuery("select q from Question q where q.interviewId = :i and q.status in :s"
                        + " order by q.askedAt, q.id", Question.class)
                .setParameter("i", interviewId).setParameter("s", statuses)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Map<String, Long> reportViewers(String node, Map<String, Integer> counts, Instant now, Instant freshSince) {
        em.createNativeQuery("delete from interview_viewers where node = ?1").setParameter(1, node).executeUpdate();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        counts.forEach((interviewId, viewers) -> {
            if (viewers > 0) {
                em.createNativeQuery("insert into interview_viewers (node, interview_id, viewers, updated_at)"
                                + " values (?1, ?2, ?3, ?4)")
                        .setParameter(1, node).setParameter(2, interviewId).setParameter(3, viewers)
                        .setParameter(4, at).executeUpdate();
            }
        });
        Map<String, Long> totals = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select interview_id, sum(viewers) from interview_viewers"
                        + " where updated_at > ?1 group by interview_id")
                .setParameter(1, freshSince.atOffset(ZoneOffset.UTC)).getResultList();
        for (Object[] row : rows) {
            totals.put((String) row[0], ((Number) row[1]).longValue());
        }
        return totals;
    }
}
