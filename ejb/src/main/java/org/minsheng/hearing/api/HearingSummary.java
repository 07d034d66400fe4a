package org.minsheng.hearing.api;

import java.time.Instant;

/** A hearing in a list. */
public record HearingSummary(String id, String departmentCode, String title, Instant opensAt, Instant closesAt,
                             String status, String statusZh, String statusEn, int versions, long comments) {
}
