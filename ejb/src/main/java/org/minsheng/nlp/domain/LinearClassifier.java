package org.minsheng.nlp.domain;

import java.util.List;

/** A trained linear model over TF-IDF vectors. Implementations are immutable and thread-safe. */
public interface LinearClassifier {

    /** Labels in the order of {@link #probabilities}. */
    List<String> labels();

    /** Class probabilities summing to 1, in the order of {@link #labels()}. */
    double[] probabilities(SparseVector x);
}
