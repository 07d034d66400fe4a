package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseMerged(String caseId, String masterCaseId, Instant occurredAt) implements CaseEvent {
}
