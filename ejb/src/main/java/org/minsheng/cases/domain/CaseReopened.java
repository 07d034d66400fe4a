package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseReopened(String caseId, String departmentCode, String why, Instant occurredAt) implements CaseEvent {
}
