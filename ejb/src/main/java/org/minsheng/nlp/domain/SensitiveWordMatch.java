package org.minsheng.nlp.domain;

/**
 * A lexicon entry found in a text: {@code text} is the original substring at [{@code start},
 * {@code end}), which may contain the spaces or punctuation an evader inserted.
 */
public record SensitiveWordMatch(String word, int start, int end, String text) {
}
