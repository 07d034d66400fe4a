package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseClosed(String caseId, String departmentCode, Instant occurredAt) implements CaseEvent {
}
