package org.minsheng.news.api;

import java.time.Instant;

/** A saved revision of an article. */
public record VersionView(int revision, String title, String savedBy, Instant savedAt) {
}
