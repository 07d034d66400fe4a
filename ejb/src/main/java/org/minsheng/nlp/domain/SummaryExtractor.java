package org.minsheng.nlp.domain;

/** A short extract of a text, at most {@code maxChars} characters. Thread-safe. */
public interface SummaryExtractor {

    String summarise(String text, int maxChars);
}
