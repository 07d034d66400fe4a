package org.minsheng.intake.api;

import java.time.Instant;

/**
 * An attached file as lists show it. {@code contentType} is the type found in the content;
 * {@code uploadedBy} (a staff account) is filled for staff only.
 */
public record AttachmentInfo(String id, String fileName, String contentType, long sizeBytes, String sha256,
                             Instant uploadedAt, boolean byResident, String uploadedBy) {
}
