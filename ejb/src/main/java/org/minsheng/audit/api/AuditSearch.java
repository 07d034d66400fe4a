package org.minsheng.audit.api;

/**
 * The filters of the audit page and API, as typed; every one optional. {@code from} and {@code to}
 * are days ({@code 2026-12-01}, in the city's time zone, both included) or instants
 * ({@code 2026-12-01T08:00:00Z}, to excluded); {@code action} matches as a prefix.
 */
public record AuditSearch(String from, String to, String actor, String action, String subjectType,
                          String subjectId) {

    public static final AuditSearch ALL = new AuditSearch(null, null, null, null, null, null);
}
