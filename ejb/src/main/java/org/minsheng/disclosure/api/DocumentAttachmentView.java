package org.minsheng.disclosure.api;

/** A file of a document, as its page lists it. */
public record DocumentAttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256) {
}
