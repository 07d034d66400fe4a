package org.minsheng.cases.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.minsheng.cases.domain.BoardFilter;
import org.minsheng.cases.domain.CaseSearch;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.DepartmentFigures;

/** The cases in a map, with the queries' filters and orders as the JPA repository has them. */
class InMemoryCaseRepository implements CaseRepository {

    private final Map<String, CaseFile> byId = new LinkedHashMap<>();
    private long sequence;

    @Override
    public void add(CaseFile caseFile) {
        byId.put(caseFile.id(), caseFile);
    }

    @Override
    public Optional<CaseFile> byId(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    @Override
    public Optional<CaseFile> byTrackingNumber(String trackingNumber) {
        return find(c -> c.trackingNumber().equals(trackingNumber), null, 1).stream().findFirst();
    }

    @Override
    public long nextTrackingSequence() {
        return ++sequence;
    }

    @Override
    public List<CaseFile> atDepartment(String departmentCode, Collection<CaseStatus> statuses, int limit) {
        return find(c -> Objects.equals(c.departmentCode(), departmentCode) && statuses.contains(c.status()),
                Comparator.comparing((CaseFile c) -> !c.findings().isUrgent())
                        .thenComparing(c -> c.timeLimit().dueAt(), Comparator.nullsLast(Comparator.naturalOrder())),
                limit);
    }

    @Override
    public List<CaseFile> byIds(Collection<String> ids) {
        return find(c -> ids.contains(c.id()), Comparator.comparing(CaseFile::receivedAt).reversed(), Integer.MAX_VALUE);
    }

    @Override
    public List<CaseFile> awaitingDispatch(int limit) {
        return find(c -> CaseStatus.AT_DISPATCHER.contains(c.status()) && c.channel() != Channel.REPORT_MAILBOX,
                Comparator.comparing((CaseFile c) -> !c.findings().isUrgent()).thenComparing(CaseFile::receivedAt),
                limit);
    }

    @Override
    public List<CaseFile> inStatus(Collection<CaseStatus> statuses, boolean reportMailbox, int limit) {
        return find(c -> statuses.contains(c.status()) && (c.channel() == Channel.REPORT_MAILBOX) == reportMailbox,
                Comparator.comparing(CaseFile::receivedAt), limit);
    }

    @Override
    public List<CaseFile> underSupervision(int limit) {
        return find(c -> CaseStatus.CLOCK_RUNNING.contains(c.status()) && c.timeLimit().dueAt() != null,
                Comparator.comparing(c -> c.timeLimit().dueAt()), limit);
    }

    @Override
    public List<CaseFile> answeredBefore(Instant cutoff, int limit) {
        return find(c -> c.status() == CaseStatus.ANSWERED && c.answer().answeredAt().isBefore(cutoff), null, limit);
    }

    @Override
    public List<CaseFile> toLeader(String leaderCode, int limit) {
        return find(c -> c.channel() == Channel.LEADER_MAILBOX && leaderCode.equals(c.letter().leaderCode()),
                Comparator.comparing(CaseFile::receivedAt).reversed(), limit);
    }

    @Override
    public List<CaseFile> writtenBy(String residentAccount, int limit) {
        return find(c -> residentAccount.equals(c.resident().account()),
                Comparator.comparing(CaseFile::receivedAt).reversed(), limit);
    }

    @Override
    public List<CaseFile> mergedInto(String masterCaseId) {
        return find(c -> masterCaseId.equals(c.disposition().masterCaseId()),
                Comparator.comparing(CaseFile::receivedAt), Integer.MAX_VALUE);
    }

    @Override
    public List<CaseFile> withPendingExtension(String departmentCode, int limit) {
        return find(c -> c.timeLimit().extensionDays() != null
                && (departmentCode == null || departmentCode.equals(c.departmentCode())), null, limit);
    }

    @Override
    public List<CaseFile> heldForReview(int limit) {
        return find(c -> c.answer().isHeldForReview(), null, limit);
    }

    @Override
    public List<CaseFile> allOpen() {
        return find(c -> c.isOpen() && c.channel() != Channel.REPORT_MAILBOX, null, Integer.MAX_VALUE);
    }

    @Override
    public List<CaseFile> published(BoardFilter filter, int offset, int limit) {
        return find(c -> c.answer().isPublished(), null, Integer.MAX_VALUE).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long countPublished(BoardFilter filter) {
        return find(c -> c.answer().isPublished(), null, Integer.MAX_VALUE).size();
    }

    @Override
    public List<CaseFile> search(CaseSearch search, int offset, int limit) {
        return find(search::matches, Comparator.comparing(CaseFile::receivedAt).reversed(), Integer.MAX_VALUE)
                .stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long countSearch(CaseSearch search) {
        return find(search::matches, null, Integer.MAX_VALUE).size();
    }

    @Override
    public List<DepartmentFigures> figures(Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    private List<CaseFile> find(Predicate<CaseFile> test, Comparator<CaseFile> order, int limit) {
        return byId.values().stream().filter(test)
                .sorted(order == null ? (a, b) -> 0 : order)
                .limit(limit).toList();
    }
}
