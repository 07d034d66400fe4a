package org.minsheng.interview.api;

/** An uploaded interview image: its id and the stable address it is served at. */
public record ImageView(String id, String url, String contentType, long sizeBytes) {
}
