package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseDispatched(String caseId, String departmentCode, String dispatchedBy, String reason, Instant occurredAt)
        implements CaseEvent {
}
