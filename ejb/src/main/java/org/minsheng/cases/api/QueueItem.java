package org.minsheng.cases.api;

import java.time.Instant;

/**
 * A line of a handler's, dispatcher's, reviewer's or supervisor's list. {@code statusNote} says why the
 * case is where it is (a department's reason for returning it, the reviewer's reason for sending a reply back).
 */
public record QueueItem(String id, String trackingNumber, String channelZh, String channelEn, String title,
                        String status, String statusZh, String statusEn, Instant receivedAt, String category,
                        Double confidence, boolean urgent, String departmentCode, Instant dueAt, String warningLevel,
                        String warningZh, String warningEn, String statusNote) {
}
