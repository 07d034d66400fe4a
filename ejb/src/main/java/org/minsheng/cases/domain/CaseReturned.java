package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseReturned(String caseId, String departmentCode, String reason, Instant occurredAt) implements CaseEvent {
}
