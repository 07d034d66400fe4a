package org.minsheng.search.api;

/** A kind that a feature offers to search, and how many entries search holds of it now. */
public record SearchSourceView(String kind, long entries) {
}
