package org.minsheng.nlp.api;

/** Assigns a citizen's message a category and a receiving department. Thread-safe. */
public interface ClassificationFacade {

    /** Number of suggestions returned by {@link #classify(String)}. */
    int DEFAULT_TOP_K = 3;

    /** Classifies raw or pre-segmented text; throws {@link IllegalArgumentException} on blank text. */
    default Classification classify(String text) {
        return classify(text, DEFAULT_TOP_K);
    }

    /** As {@link #classify(String)} with {@code topK} (at least 1) suggestions. */
    Classification classify(String text, int topK);

    ClassifierInfo info();
}
