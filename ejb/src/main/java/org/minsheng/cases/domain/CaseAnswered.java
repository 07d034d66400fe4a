package org.minsheng.cases.domain;

import java.time.Instant;

/**
 * A reply was approved and sent. {@code workingDaysTaken} (from receipt, on the working-day
 * calendar) and {@code onTime} (before the due date) were added for the digest's scorecards;
 * envelopes written before carry neither.
 */
public record CaseAnswered(String caseId, String departmentCode, boolean published, long minutesTaken, Instant occurredAt,
        int workingDaysTaken, boolean onTime) implements CaseEvent {
}
