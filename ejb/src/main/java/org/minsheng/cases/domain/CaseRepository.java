package org.minsheng.cases.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CaseRepository {

    void add(CaseFile caseFile);

    Optional<CaseFile> byId(String id);

    Optional<CaseFile> byTrackingNumber(String trackingNumber);

    /** The next value of the platform-wide tracking sequence. */
    long nextTrackingSequence();

    /** Cases of a department in the given statuses, urgent and soonest due first. */
    List<CaseFile> atDepartment(String departmentCode, Collection<CaseStatus> statuses, int limit);

    /** Cases with the given ids (timeline participants), newest first. */
    List<CaseFile> byIds(Collection<String> ids);

    /** Cases waiting for a dispatcher (registered, accepted, returned), urgent and oldest first. */
    List<CaseFile> awaitingDispatch(int limit);

    /** Cases in the given statuses, any department, oldest first (report mailbox excluded unless asked). */
    List<CaseFile> inStatus(Collection<CaseStatus> statuses, boolean reportMailbox, int limit);

    /** Cases whose time limit runs and whose warning level may have to rise, soonest due first. */
    List<CaseFile> underSupervision(int limit);

    /** Answered cases the resident has not rated since before {@code cutoff}. */
    List<CaseFile> answeredBefore(Instant cutoff, int limit);

    /** Letters to one leader's mailbox, newest first. */
    List<CaseFile> toLeader(String leaderCode, int limit);

    /** The messages a registered resident wrote, newest first. */
    List<CaseFile> writtenBy(String residentAccount, int limit);

    /** Cases merged into the given master case. */
    List<CaseFile> mergedInto(String masterCaseId);

    /** Open cases with a pending extension request, of one department or all when null. */
    List<CaseFile> withPendingExtension(String departmentCode, int limit);

    /** Answers waiting for a reviewer before publication, oldest first. */
    List<CaseFile> heldForReview(int limit);

    /** Every case not yet answered, for rebuilding the duplicate index at start. */
    List<CaseFile> allOpen();

    /** Published answers matching the filter, newest first. */
    List<CaseFile> published(BoardFilter filter, int offset, int limit);

    long countPublished(BoardFilter filter);

    /** Cases matching a staff search, newest first. */
    List<CaseFile> search(CaseSearch search, int offset, int limit);

    long countSearch(CaseSearch search);

    /** Received, answered, on-time and rating figures of a period, per department. */
    List<DepartmentFigures> figures(Instant from, Instant to);
}
