package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseEscalated(String caseId, String departmentCode, WarningLevel level, Instant occurredAt) implements CaseEvent {
}
