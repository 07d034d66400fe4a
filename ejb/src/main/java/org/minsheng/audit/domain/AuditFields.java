package org.minsheng.audit.domain;

import java.time.Instant;

/** The fields of an audit record that its hash covers (besides its place in the chain). */
public record AuditFields(long id, Instant occurredAt, String actor, String action, String subjectType,
                          String subjectId, String detail, boolean confidential) {
}
