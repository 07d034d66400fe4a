package org.minsheng.cases.api;

import java.time.Instant;
import java.util.List;

/**
 * A case as its resident or a handler sees it. {@code residentMobile}, the classifier's findings
 * ({@code category}, {@code confidence}, {@code suggestions}), urgency, likely duplicates and
 * sensitive words (with {@code heldForReview} when a public answer waits for a reviewer) are filled
 * for staff only.
 */
public record CaseDetails(String id, String trackingNumber, String channel, String channelZh, String channelEn,
                          String leaderCode, String title, String body, String residentName, String residentMobile,
                          boolean publicRequested, String status, String statusZh, String statusEn,
                          String departmentCode, Instant receivedAt, Instant answeredAt, String reply,
                          boolean published, long version, String category, Double confidence,
                          List<RoutingSuggestion> suggestions, boolean urgent, String urgencyReason,
                          List<DuplicateHint> duplicates, String sensitiveWords, boolean heldForReview) {
}
