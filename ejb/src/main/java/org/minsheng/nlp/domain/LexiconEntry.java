package org.minsheng.nlp.domain;

/** A word of the shipped lexicon file and the category its section gives it. */
public record LexiconEntry(String word, SensitiveWordCategory category) {
}
