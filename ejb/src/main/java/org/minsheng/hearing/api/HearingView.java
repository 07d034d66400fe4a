package org.minsheng.hearing.api;

import java.time.Instant;
import java.util.List;

/** A hearing with its current draft, its versions, its published comments and its feedback. */
public record HearingView(String id, String departmentCode, String title, String purpose, String legalBasis,
                          String howToComment, Instant opensAt, Instant closesAt, String shortPeriodReason,
                          Instant feedbackDueAt, String status, String statusZh, String statusEn,
                          VersionView current, List<VersionView> versions, List<CommentView> comments,
                          FeedbackView feedback, long version) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
