package org.minsheng.cases.api;

import java.time.Instant;

/** One case found by a staff search: what a list and an export show. */
public record CaseSearchRow(String id, String trackingNumber, String channel, String channelZh, String channelEn,
                            String title, String status, String statusZh, String statusEn, String departmentCode,
                            String category, String residentName, String residentMobile, Instant receivedAt,
                            Instant dueAt) {
}
