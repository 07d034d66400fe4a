package org.minsheng.nlp.api;

import java.time.Instant;
import java.util.List;

/** What the loaded classifier model is: format version, creation time, training size, categories. */
public record ClassifierInfo(int formatVersion, Instant createdAt, int trainingSize, List<String> categories) {

    public ClassifierInfo {
        categories = List.copyOf(categories);
    }
}
