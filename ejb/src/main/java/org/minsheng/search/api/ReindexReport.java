package org.minsheng.search.api;

/** What a rebuild of one kind did: documents the source offered (indexed), stale entries removed. */
public record ReindexReport(String kind, int indexed, int removed) {
}
