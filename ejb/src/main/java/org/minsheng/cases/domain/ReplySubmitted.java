package org.minsheng.cases.domain;

import java.time.Instant;

public record ReplySubmitted(String caseId, String departmentCode, Instant occurredAt) implements CaseEvent {
}
