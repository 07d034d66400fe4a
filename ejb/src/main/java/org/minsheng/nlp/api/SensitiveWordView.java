package org.minsheng.nlp.api;

import java.time.Instant;

/** An entry of the sensitive-word lexicon, with its category's code and labels. */
public record SensitiveWordView(long id, String word, String category, String categoryZh, String categoryEn,
                                Instant updatedAt, String updatedBy, long version) {
}
