package org.minsheng.interview.api;

import java.time.Instant;
import java.time.LocalDate;

/** An approved question not answered on air: its case, deadline, and the department's answer once given. */
public record FollowUpView(String questionId, String nickname, String question, String caseTrackingNumber,
                           String departmentCode, LocalDate due, String reply, Instant answeredAt) {

    public boolean answered() {
        return reply != null;
    }
}
