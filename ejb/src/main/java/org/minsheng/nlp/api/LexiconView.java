package org.minsheng.nlp.api;

import java.time.Instant;
import java.util.List;

/** The stored lexicon: its revision (raised by every change), the entries and the categories to choose from. */
public record LexiconView(long revision, Instant changedAt, List<SensitiveWordView> words,
                          List<SensitiveWordCategoryView> categories) {
}
