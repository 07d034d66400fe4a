package org.minsheng.nlp.domain;

/**
 * One segmented word with its part-of-speech tag (HanLP's PKU-style tags: {@code ns} place name,
 * {@code n} noun, {@code v} verb, {@code w} punctuation …).
 */
public record Token(String word, String tag) {

    public boolean isPlace() {
        return tag.startsWith("ns");
    }

    public boolean isPunctuation() {
        return tag.startsWith("w");
    }
}
