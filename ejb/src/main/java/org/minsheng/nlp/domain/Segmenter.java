package org.minsheng.nlp.domain;

import java.util.List;

/** Splits Chinese text into words. Implementations are thread-safe and initialised once. */
public interface Segmenter {

    List<Token> segment(String text);
}
