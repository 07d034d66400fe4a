package org.minsheng.audit.api;

import java.util.List;

/** The records of an export, newest first; {@code truncated} when more matched than an export holds. */
public record AuditExport(List<AuditView> records, boolean truncated) {
}
