package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.minsheng.cases.domain.BoardFilter;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseSearch;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.DepartmentFigures;
import org.minsheng.cases.domain.WarningLevel;

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
    public List<CaseFile> atDepartment(String departmentCode, Collection<CaseStatus> statuses, int limit) {
        return em.createQuery("select c from CaseFile c where c.disposition.departmentCode = :d and c.status in :s"
                        + " order by c.findings.urgent desc, c.timeLimit.dueAt, c.receivedAt", CaseFile.class)
                .setParameter("d", departmentCode).setParameter("s", statuses)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CaseFile c where c.id in :ids order by c.receivedAt desc", CaseFile.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<CaseFile> awaitingDispatch(int limit) {
        return inStatus(CaseStatus.AT_DISPATCHER, false, limit).stream()
                .sorted(java.util.Comparator.comparing((CaseFile c) -> !c.findings().isUrgent()).thenComparing(CaseFile::receivedAt))
                .toList();
    }

    @Override
    public List<CaseFile> inStatus(Collection<CaseStatus> statuses, boolean reportMailbox, int limit) {
        return em.createQuery("select c from CaseFile c where c.status in :s and "
                        + (reportMailbox ? "c.channel = :ch" : "c.channel <> :ch") + " order by c.receivedAt",
                        CaseFile.class)
                .setParameter("s", statuses).setParameter("ch", Channel.REPORT_MAILBOX)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> underSupervision(int limit) {
        return em.createQuery("select c from CaseFile c where c.status in :s and c.timeLimit.dueAt is not null"
                        + " and c.timeLimit.warningLevel <> :red order by c.timeLimit.dueAt", CaseFile.class)
                .setParameter("s", CaseStatus.CLOCK_RUNNING).setParameter("red", WarningLevel.RED)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> answeredBefore(Instant cutoff, int limit) {
        return em.createQuery("select c from CaseFile c where c.status = :s and c.answer.answeredAt < :cutoff"
                        + " order by c.answer.answeredAt", CaseFile.class)
                .setParameter("s", CaseStatus.ANSWERED).setParameter("cutoff", cutoff)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> toLeader(String leaderCode, int limit) {
        return em.createQuery("select c from CaseFile c where c.channel = :ch and c.letter.leaderCode = :l"
                        + " order by c.receivedAt desc", CaseFile.class)
                .setParameter("ch", Channel.LEADER_MAILBOX).setParameter("l", leaderCode)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> writtenBy(String residentAccount, int limit) {
        return em.createQuery("select c from CaseFile c where c.resident.account = :r order by c.receivedAt desc",
                        CaseFile.class)
                .setParameter("r", residentAccount).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> mergedInto(String masterCaseId) {
        return em.createQuery("select c from CaseFile c where c.disposition.masterCaseId = :m order by c.receivedAt",
                        CaseFile.class)
                .setParameter("m", masterCaseId).getResultList();
    }

    @Override
    public List<CaseFile> withPendingExtension(String departmentCode, int limit) {
        TypedQuery<CaseFile> q = em.createQuery("select c from CaseFile c where c.timeLimit.extensionDays is not null"
                + (departmentCode == null ? "" : " and c.disposition.departmentCode = :d")
                + " order by c.timeLimit.dueAt", CaseFile.class);
        if (departmentCode != null) {
            q.setParameter("d", departmentCode);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> heldForReview(int limit) {
        return em.createQuery("select c from CaseFile c where c.answer.heldForReview = true order by c.answer.answeredAt", CaseFile.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> allOpen() {
        return em.createQuery("select c from CaseFile c where c.status not in :done and c.channel <> :report",
                        CaseFile.class)
                .setParameter("done", CaseStatus.FINISHED).setParameter("report", Channel.REPORT_MAILBOX)
                .getResultList();
    }

    @Override
    public List<CaseFile> published(BoardFilter filter, int offset, int limit) {
        return boardQuery(filter, "select c from CaseFile c", CaseFile.class, " order by c.answer.answeredAt desc, c.id")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublished(BoardFilter filter) {
        return boardQuery(filter, "select count(c) from CaseFile c", Long.class, "").getSingleResult();
    }

    @Override
    public List<CaseFile> search(CaseSearch search, int offset, int limit) {
        return searchQuery(search, "select c from CaseFile c", CaseFile.class, " order by c.receivedAt desc, c.id")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countSearch(CaseSearch search) {
        return searchQuery(search, "select count(c) from CaseFile c", Long.class, "").getSingleResult();
    }

    /** The staff search as one query: every criterion a parameter, the scope first. */
    private <T> TypedQuery<T> searchQuery(CaseSearch s, String select, Class<T> type, String order) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(s.reportMailbox() ? " where c.channel = :report" : " where c.channel <> :report");
        params.put("report", Channel.REPORT_MAILBOX);
        if (s.scopeDepartment() != null) {
            where.append(" and c.disposition.departmentCode = :scope");
            params.put("scope", s.scopeDepartment());
        }
        if (s.number() != null) {
            where.append(" and c.trackingNumber like :number");
            params.put("number", likePrefix(s.number()));
        }
        if (s.keyword() != null) {
            where.append(" and (c.letter.title like :keyword or c.letter.body like :keyword)");
            params.put("keyword", "%" + likeEscaped(s.keyword()) + "%");
        }
        if (s.mobile() != null) {
            where.append(" and c.resident.mobile = :mobile");
            params.put("mobile", s.mobile());
        }
        if (s.departmentCode() != null) {
            where.append(" and c.disposition.departmentCode = :department");
            params.put("department", s.departmentCode());
        }
        if (s.category() != null) {
            where.append(" and c.findings.category = :category");
            params.put("category", s.category());
        }
        if (s.from() != null) {
            where.append(" and c.receivedAt >= :from");
            params.put("from", s.from());
        }
        if (s.to() != null) {
            where.append(" and c.receivedAt < :to");
            params.put("to", s.to());
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        params.forEach(q::setParameter);
        return q;
    }

    private static String likePrefix(String value) {
        return likeEscaped(value) + "%";
    }

    /** LIKE wildcards typed by the user match themselves (the default escape character is the backslash). */
    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private <T> TypedQuery<T> boardQuery(BoardFilter f, String select, Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" where c.answer.published = true");
        if (f.channel() != null) {
            where.append(" and c.channel = :channel");
        }
        if (f.departmentCode() != null) {
            where.append(" and c.disposition.departmentCode = :department");
        }
        if (f.category() != null) {
            where.append(" and c.findings.category = :category");
        }
        if (f.status() != null) {
            where.append(" and c.status = :status");
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        if (f.channel() != null) {
            q.setParameter("channel", f.channel());
        }
        if (f.departmentCode() != null) {
            q.setParameter("department", f.departmentCode());
        }
        if (f.category() != null) {
            q.setParameter("category", f.category());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        return q;
    }

    @Override
    public List<DepartmentFigures> figures(Instant from, Instant to) {
        Map<String, long[]> byDepartment = new TreeMap<>();
        java.util.function.Function<Object, long[]> row = d -> byDepartment.computeIfAbsent(
                d == null ? "" : (String) d, k -> new long[6]);
        for (Object[] r : em.createQuery("select c.disposition.departmentCode, count(c) from CaseFile c"
                        + " where c.receivedAt >= :f and c.receivedAt < :t and c.channel <> :report"
                        + " group by c.disposition.departmentCode", Object[].class)
                .setParameter("f", from).setParameter("t", to).setParameter("report", Channel.REPORT_MAILBOX)
                .getResultList()) {
            row.apply(r[0])[0] = ((Number) r[1]).longValue();
        }
        for (Object[] r : em.createQuery("select c.disposition.departmentCode, count(c),"
                        + " sum(case when c.timeLimit.dueAt is null or c.answer.answeredAt <= c.timeLimit.dueAt then 1 else 0 end)"
                        + " from CaseFile c where c.answer.answeredAt >= :f and c.answer.answeredAt < :t"
                        + " and c.channel <> :report"
                        + " group by c.disposition.departmentCode", Object[].class)
                .setParameter("f", from).setParameter("t", to).setParameter("report", Channel.REPORT_MAILBOX)
                .getResultList()) {
            long[] v = row.apply(r[0]);
            v[1] = ((Number) r[1]).longValue();
            v[2] = r[2] == null ? 0 : ((Number) r[2]).longValue();
        }
        for (Object[] r : em.createQuery("select c.disposition.departmentCode, count(c), sum(c.feedback.rating),"
                        + " sum(case when c.feedback.rating >= 3 then 1 else 0 end)"
                        + " from CaseFile c where c.feedback.ratedAt >= :f and c.feedback.ratedAt < :t"
                        + " and c.channel <> :report"
                        + " group by c.disposition.departmentCode", Object[].class)
                .setParameter("f", from).setParameter("t", to).setParameter("report", Channel.REPORT_MAILBOX)
                .getResultList()) {
            long[] v = row.apply(r[0]);
            v[3] = ((Number) r[1]).longValue();
            v[4] = r[2] == null ? 0 : ((Number) r[2]).longValue();
            v[5] = r[3] == null ? 0 : ((Number) r[3]).longValue();
        }
        return byDepartment.entrySet().stream()
                .map(e -> new DepartmentFigures(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5]))
                .toList();
    }
}
