package org.minsheng.cases.api;

import java.time.Instant;

/** A co-handling department (协办) with its opinion, or an office sent a copy (抄告). */
public record ParticipantView(String departmentCode, String role, String roleZh, String roleEn, String opinion,
                              String opinionBy, Instant opinionAt) {
}
