package org.minsheng.hearing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface HearingRepository {

    void add(Hearing hearing);

    Optional<Hearing> byId(String id);

    /** Hearings, the latest published first; of one department, or all when {@code departmentCode} is null. */
    List<Hearing> all(String departmentCode, int limit);

    /** Hearings whose comment period ended before {@code now} without feedback and without a reminder. */
    List<Hearing> feedbackLate(Instant now);

    void add(HearingComment comment);

    Optional<HearingComment> comment(String id);

    /** A hearing's comments in a status (all when null), oldest first. */
    List<HearingComment> comments(String hearingId, CommentStatus status, int limit);

    long countComments(String hearingId, CommentStatus status);
}
