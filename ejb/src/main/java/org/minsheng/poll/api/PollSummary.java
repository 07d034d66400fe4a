package org.minsheng.poll.api;

import java.time.Instant;

/** A poll in a list. */
public record PollSummary(String id, String departmentCode, String title, String status, String statusZh,
                          String statusEn, String resultsShown, String resultsShownZh, String resultsShownEn,
                          Instant opensAt, Instant closesAt) {
}
