package org.minsheng.nlp.domain;

import java.util.List;

/** The most characteristic words of a text, best first. Thread-safe. */
public interface KeywordExtractor {

    List<String> keywords(String text, int max);
}
