package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseNotAccepted(String caseId, String reason, Instant occurredAt) implements CaseEvent {
}
