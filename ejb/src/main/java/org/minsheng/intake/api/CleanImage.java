package org.minsheng.intake.api;

/** An image that passed the attachment checks (JPEG or PNG by content), with its metadata removed. */
public record CleanImage(String mediaType, byte[] content, String sha256) {
}
