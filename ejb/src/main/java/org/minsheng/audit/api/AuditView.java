package org.minsheng.audit.api;

import java.time.Instant;

/** One audit record as the audit page and API show it; {@code seq} is null until sealed into the chain. */
public record AuditView(long id, Long seq, Instant occurredAt, String actor, String action, String subjectType,
                        String subjectId, String detail, boolean confidential) {
}
