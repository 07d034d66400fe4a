package org.minsheng.interview.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A question as moderators see it, with its edit history. */
public record QuestionView(String id, String interviewId, String nickname, String body, String originalBody,
                           String status, String statusZh, String statusEn, boolean held, String moderationNote,
                           String rejectReason, String mergedInto, Long shownSequence, Long answerSequence,
                           String caseTrackingNumber, LocalDate caseDue, Instant askedAt, long version,
                           List<EditView> edits) {

    public record EditView(Instant editedAt, String editor, String before, String after) {
    }
}
