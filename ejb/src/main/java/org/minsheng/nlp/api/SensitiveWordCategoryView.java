package org.minsheng.nlp.api;

/** A category of the sensitive-word lexicon: its code and labels. */
public record SensitiveWordCategoryView(String code, String labelZh, String labelEn) {
}
