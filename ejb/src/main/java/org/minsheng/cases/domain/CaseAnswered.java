package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseAnswered(String caseId, String departmentCode, boolean published, long minutesTaken, Instant occurredAt)
        implements CaseEvent {
}
