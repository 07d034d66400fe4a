package org.minsheng.nlp.domain;

/**
 * Tuning of the duplicate index.
 *
 * @param threshold      smallest score suggested as a duplicate
 * @param maxResults     most suggestions returned for one message
 * @param maxCases       open cases kept; the longest-kept case is dropped beyond this
 * @param bands          LSH bands over the MinHash signature
 * @param rows           signature positions per band ({@code bands * rows} hashes in all)
 * @param minReliable    shingles a text needs before "the smaller text is contained in the
 *                       larger one" counts fully; short texts are contained in many others
 * @param placePenalty   factor applied when both texts name specific places and share none
 */
public record DuplicateSettings(double threshold, int maxResults, int maxCases, int bands, int rows,
        int minReliable, double placePenalty) {

    public DuplicateSettings {
        if (threshold < 0 || threshold > 1 || maxResults < 1 || maxCases < 1 || bands < 1 || rows < 1
                || minReliable < 1 || placePenalty < 0 || placePenalty > 1) {
            throw new IllegalArgumentException("invalid duplicate settings");
        }
    }

    public static DuplicateSettings defaults() {
        return new DuplicateSettings(0.6, 10, 100_000, 64, 2, 40, 0.5);
    }

    public DuplicateSettings withThreshold(double value) {
        return new DuplicateSettings(value, maxResults, maxCases, bands, rows, minReliable, placePenalty);
    }

    public DuplicateSettings withMaxCases(int value) {
        return new DuplicateSettings(threshold, maxResults, value, bands, rows, minReliable, placePenalty);
    }

    public int signatureSize() {
        return bands * rows;
    }
}
