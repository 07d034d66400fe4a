package org.minsheng.news.api;

/** An uploaded news image as served. */
public record NewsImageContent(long id, String alt, String contentType, byte[] content, String sha256) {
}
