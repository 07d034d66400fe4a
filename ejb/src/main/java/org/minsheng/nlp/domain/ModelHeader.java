package org.minsheng.nlp.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a saved model says about itself: file format version, when and on how many messages it
 * was trained, its labels and the settings (feature and training options) it was built with.
 */
public record ModelHeader(int formatVersion, Instant createdAt, int trainingSize, List<String> labels,
        Map<String, String> settings) {

    /** 2 added the dense weight matrix of NB-SVM models; 1 held liblinear models only. */
    public static final int CURRENT_FORMAT = 2;

    public ModelHeader {
        Objects.requireNonNull(createdAt, "createdAt");
        labels = List.copyOf(labels);
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one label");
        }
    }
}
