package org.minsheng.poll.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.minsheng.poll.domain.Ballot;
import org.minsheng.poll.domain.Poll;
import org.minsheng.poll.domain.PollRepository;
import org.minsheng.poll.domain.TextAnswer;
import org.minsheng.poll.domain.TextStatus;

@ApplicationScoped
public class JpaPollRepository implements PollRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * A native query that does not flush the persistence context first: these statements touch
     * only the poll tables, so flushing every pending change (a large demo load, say) before each
     * one would be wasted work.
     */
    private Query nativeQuery(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static List<Object[]> rows(Query query) {
        return ((List<?>) query.getResultList()).stream().map(Object[].class::cast).toList();
    }

    @Override
    public void add(Poll poll) {
        em.persist(poll);
        // The participation and challenge statements do not flush first: the poll's row must be there
        // for their foreign key when they run in the transaction that created it (the demo load).
        em.flush();
    }

    @Override
    public Optional<Poll> byId(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Poll.class, i));
    }

    @Override
    public List<Poll> all(String departmentCode, int limit) {
        return em.createQuery("select p from Poll p where :d is null or p.departmentCode = :d"
                        + " order by p.opensAt desc, p.id", Poll.class)
                .setParameter("d", departmentCode).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean recordParticipation(String pollId, String participantHash, String addressHash) {
        return nativeQuery("insert into poll_participation (poll_id, participant_hash, address_hash)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, pollId).setParameter(2, participantHash).setParameter(3, addressHash)
                .executeUpdate() == 1;
    }

    @Override
    public boolean participated(String pollId, String participantHash) {
        return ((Number) nativeQuery("select count(*) from poll_participation"
                        + " where poll_id = ?1 and participant_hash = ?2")
                .setParameter(1, pollId).setParameter(2, participantHash).getSingleResult()).longValue() > 0;
    }

    @Override
    public long participationsFrom(String pollId, String addressHash) {
        return ((Number) nativeQuery("select count(*) from poll_participation"
                        + " where poll_id = ?1 and address_hash = ?2")
                .setParameter(1, pollId).setParameter(2, addressHash).getSingleResult()).longValue();
    }

    @Override
    public void add(Ballot ballot) {
        em.persist(ballot);
    }

    @Override
    public void add(TextAnswer answer) {
        em.persist(answer);
    }

    @Override
    public Optional<TextAnswer> textAnswer(String id) {
        return Optional.ofNullable(id).map(i -> em.find(TextAnswer.class, i));
    }

    @Override
    public List<TextAnswer> textAnswers(String pollId, String query, TextStatus status, int limit) {
        String like = query == null || query.isBlank() ? null : "%" + query.strip()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select t from TextAnswer t where t.pollId = :p"
                        + " and (:like is null or t.text like :like escape '\\')"
                        + " and (:status is null or t.status = :status) order by t.question, t.id", TextAnswer.class)
                .setParameter("p", pollId).setParameter("like", like).setParameter("status", status)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long ballots(String pollId) {
        return em.createQuery("select count(b) from Ballot b where b.pollId = :p", Long.class)
                .setParameter("p", pollId).getSingleResult();
    }

    @Override
    public List<ChoiceCount> choiceCounts(String pollId) {
        List<Object[]> rows = rows(nativeQuery("select c.question_no, c.option_no, c.choice_value, count(*)"
                        + " from poll_ballot_choice c join poll_ballot b on b.id = c.ballot_id where b.poll_id = ?1"
                        + " group by c.question_no, c.option_no, c.choice_value")
                .setParameter(1, pollId));
        return rows.stream().map(r -> new ChoiceCount(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<ChoiceCount> respondentsPerQuestion(String pollId) {
        List<Object[]> rows = rows(nativeQuery("select c.question_no, count(distinct c.ballot_id)"
                        + " from poll_ballot_choice c join poll_ballot b on b.id = c.ballot_id where b.poll_id = ?1"
                        + " group by c.question_no")
                .setParameter(1, pollId));
        return rows.stream().map(r -> new ChoiceCount(((Number) r[0]).intValue(), 0, 0,
                ((Number) r[1]).longValue())).toList();
    }

    @Override
    public List<ChoiceCount> textCounts(String pollId) {
        List<Object[]> rows = rows(nativeQuery("select question_no, count(*) from poll_text_answer"
                        + " where poll_id = ?1 group by question_no")
                .setParameter(1, pollId));
        return rows.stream().map(r -> new ChoiceCount(((Number) r[0]).intValue(), 0, 0,
                ((Number) r[1]).longValue())).toList();
    }

    @Override
    public List<Ballot> ballotsForExport(String pollId, int limit) {
        // Ballot ids are random, so their order says nothing about when a ballot was cast.
        return em.createQuery("select b from Ballot b where b.pollId = :p order by b.id", Ballot.class)
                .setParameter("p", pollId).setMaxResults(limit).getResultList();
    }

    @Override
    public void addChallenge(String id, String pollId, int answer, Instant expiresAt) {
        nativeQuery("insert into poll_challenge (id, poll_id, answer, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, pollId).setParameter(3, answer)
                .setParameter(4, java.time.OffsetDateTime.ofInstant(expiresAt, java.time.ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public boolean solveChallenge(String id, String pollId, int answer, Instant now) {
        return nativeQuery("delete from poll_challenge where id = ?1 and poll_id = ?2 and answer = ?3"
                        + " and expires_at > ?4")
                .setParameter(1, id).setParameter(2, pollId).setParameter(3, answer)
                .setParameter(4, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
