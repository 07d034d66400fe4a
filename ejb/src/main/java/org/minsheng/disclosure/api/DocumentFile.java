package org.minsheng.disclosure.api;

/** An attachment's bytes for download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
