package org.minsheng.cases.api;

import java.time.Instant;

/**
 * A co-handling department (协办) with its opinion and its own due date and reminder level, or an
 * office sent a copy (抄告, no due date).
 */
public record ParticipantView(String departmentCode, String role, String roleZh, String roleEn, String opinion,
                              String opinionBy, Instant opinionAt, Instant dueAt, String warningLevel,
                              String warningZh, String warningEn) {

    /** Without a time limit (a copy, or a co-handler from before co-handling clocks). */
    public ParticipantView(String departmentCode, String role, String roleZh, String roleEn, String opinion,
                           String opinionBy, Instant opinionAt) {
        this(departmentCode, role, roleZh, roleEn, opinion, opinionBy, opinionAt, null, null, null, null);
    }
}
