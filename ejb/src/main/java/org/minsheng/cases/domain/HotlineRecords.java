package org.minsheng.cases.domain;

import java.util.List;
import java.util.Optional;

/** The records of staff-entered intake and follow-up visits. */
public interface HotlineRecords {

    void add(HotlineCall call);

    Optional<HotlineCall> callOf(String caseId);

    /** The calls a call-taker entered, newest first. */
    List<HotlineCall> takenBy(String username, int limit);

    void add(FollowUpVisit visit);

    List<FollowUpVisit> visitsOf(String caseId);
}
