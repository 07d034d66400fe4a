package org.minsheng.cases.domain;

import java.util.List;
import java.util.Optional;

public interface CaseRepository {

    void add(CaseFile caseFile);

    Optional<CaseFile> byId(String id);

    Optional<CaseFile> byTrackingNumber(String trackingNumber);

    /** The next value of the platform-wide tracking sequence. */
    long nextTrackingSequence();

    /** Open cases of a department, oldest first. */
    List<CaseFile> openCasesOf(String departmentCode, int limit);

    /** Cases waiting for a dispatcher (registered, not yet dispatched), urgent and oldest first. */
    List<CaseFile> awaitingDispatch(int limit);

    /** Answers waiting for a reviewer before publication, oldest first. */
    List<CaseFile> heldForReview(int limit);

    /** Every case not yet answered, for rebuilding the duplicate index at start. */
    List<CaseFile> allOpen();

    /** Published answers, newest first. */
    List<CaseFile> published(int offset, int limit);

    long countPublished();
}
