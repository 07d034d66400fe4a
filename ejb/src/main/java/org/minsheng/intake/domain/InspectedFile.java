package org.minsheng.intake.domain;

/**
 * A file that passed inspection: its real type, the bytes to store (metadata removed), their
 * SHA-256 in hex and the cleaned display name.
 */
public record InspectedFile(AttachmentType type, byte[] content, String sha256, String fileName) {
}
