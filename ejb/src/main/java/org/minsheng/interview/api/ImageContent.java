package org.minsheng.interview.api;

/** An interview image's stored bytes with their type and SHA-256 (an entity tag that never changes). */
public record ImageContent(String contentType, byte[] content, String sha256) {
}
