package org.minsheng.audit.api;

import java.time.Instant;

public record AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail) {
}
