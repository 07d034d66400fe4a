package org.minsheng.cases.api;

import java.time.Instant;

/** A follow-up visit (回访) as staff see it on the case. */
public record FollowUpVisitView(String method, String methodZh, String methodEn, int score, String ratingZh,
                                String ratingEn, String comment, String visitedBy, Instant visitedAt) {
}
