package org.minsheng.cases.api;

import java.time.Instant;

/**
 * A case as other systems may see it (Open311): only cases whose resident asked for publication,
 * never report-mailbox cases nor messages held for sensitive words. Title and body are masked;
 * {@code statusNotes} is the published answer (null while none is); {@code status} is
 * {@code open} or {@code closed}; {@code expectedAt} the due date of an open case.
 */
public record PublicRequest(String trackingNumber, String category, String title, String body, String status,
        String statusNotes, String departmentCode, Instant requestedAt, Instant updatedAt, Instant expectedAt) {
}
