package org.minsheng.nlp.api;

/**
 * A lexicon entry ({@code word}) found in {@code field} ("title", "body" or "text") at
 * [{@code start}, {@code end}); {@code text} is what the writer typed there, evasions included.
 */
public record ModerationHit(String word, String field, int start, int end, String text) {
}
