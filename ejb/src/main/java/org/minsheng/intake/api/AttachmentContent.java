package org.minsheng.intake.api;

/** A file to download: its description and its stored bytes. */
public record AttachmentContent(AttachmentInfo info, byte[] content) {
}
