package org.minsheng.disclosure.domain;

/**
 * What a reader of the public catalogue narrows it by; null or blank means any. {@code text} is
 * looked for in the title, the document number (文号) and the text.
 */
public record CatalogueFilter(String bodyCode, String topicCode, String genreCode, Integer year, String text) {
}
