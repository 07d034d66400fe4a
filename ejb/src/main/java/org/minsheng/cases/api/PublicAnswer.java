package org.minsheng.cases.api;

/**
 * One published answer as its public page shows it, with the SHA-256 of its published parts
 * (title, message, answer; null for an answer published before pages were watched).
 */
public record PublicAnswer(BoardEntry entry, String contentHash) {
}
