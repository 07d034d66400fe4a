package org.minsheng.search.api;

/**
 * Fired (CDI, synchronously, inside the transaction) when a document stops being public: withdrawn,
 * expired, repealed from view, reopened.
 */
public record SearchableContentWithdrawn(String kind, String key) {
}
