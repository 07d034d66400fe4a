package org.minsheng.intake.domain;

import java.time.Instant;

/** An attachment without its bytes, so that listing a case's files does not load them. */
public record AttachmentSummary(String id, String caseId, int slot, String fileName, String contentType,
                                long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    public boolean byResident() {
        return Attachment.RESIDENT.equals(uploadedBy);
    }
}
