package org.minsheng.nlp.domain;

import java.util.Objects;

/** One training or evaluation example: a message and its first-level category. */
public record LabelledText(String label, String text) {

    public LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
