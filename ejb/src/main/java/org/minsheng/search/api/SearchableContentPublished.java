package org.minsheng.search.api;

/**
 * Fired (CDI, synchronously, inside the publishing transaction) when a document becomes public or
 * its public text changes, so the index follows the database: it commits or rolls back with the
 * change.
 */
public record SearchableContentPublished(SearchableDocument document) {
}
