package org.minsheng.cases.api;

import java.time.Instant;
import java.util.List;

/**
 * A case as its resident or a member of staff sees it. {@code residentMobile}, the classifier's
 * findings, urgency, likely duplicates, sensitive words, the draft reply, co-handling opinions and
 * the staff-only timeline steps are filled for staff only. For a merged case the resident sees the
 * master case's status and answer.
 */
public record CaseDetails(String id, String trackingNumber, String channel, String channelZh, String channelEn,
                          String leaderCode, String title, String body, String residentName, String residentMobile,
                          boolean publicRequested, String status, String statusZh, String statusEn,
                          String departmentCode, Instant receivedAt, Instant answeredAt, String reply,
                          boolean published, long version, String category, Double confidence,
                          List<RoutingSuggestion> suggestions, boolean urgent, String urgencyReason,
                          List<DuplicateHint> duplicates, String sensitiveWords, boolean heldForReview,
                          String caseType, String caseTypeZh, String caseTypeEn, String statusNote,
                          String notAcceptedZh, String notAcceptedEn, String leaderInstruction, String draftReply,
                          Instant dueAt, Integer limitDays, String warningLevel, String warningZh, String warningEn,
                          int redoCount, Integer extensionDays, String extensionReason, Integer rating,
                          String ratingComment, String masterTrackingNumber, String subStatusZh, String subStatusEn,
                          List<TimelineEntry> timeline, List<ParticipantView> participants,
                          List<String> notifications) {
}
